namespace Hfi.ServiceDefaults.Domain;

/// <summary>Why a request was refused: a stable code for programs and the Norwegian sentence a person reads.</summary>
public sealed record Reason(string Code, string Text);

/// <summary>
/// Every reason a service or the gateway gives for a refusal, with its Norwegian wording: the one place where these
/// texts live. Codes are stable (clients may branch on them); the English detail beside them is for APIs and logs.
/// </summary>
public static partial class Reasons
{
    // General reasons, one per kind of refusal, for errors that name nothing more specific.
    public static readonly Reason Invalid = new("INVALID_REQUEST", "Noe i skjemaet må rettes.");
    public static readonly Reason NotFound = new("NOT_FOUND", "Fant ikke det du ba om.");
    public static readonly Reason Conflict = new("CONFLICT", "Noen andre har endret dette i mellomtiden. Last siden på nytt og prøv igjen.");
    public static readonly Reason InvalidState = new("INVALID_STATE", "Dette kan ikke gjøres nå.");
    public static readonly Reason Unauthenticated = new("UNAUTHENTICATED", "Du må logge inn for å gjøre dette.");
    public static readonly Reason InvalidToken = new("INVALID_TOKEN", "Innloggingen din er ugyldig eller utløpt. Logg inn på nytt.");
    public static readonly Reason Forbidden = new("FORBIDDEN", "Du har ikke tilgang til dette.");
    public static readonly Reason TooLarge = new("BODY_TOO_LARGE", "Forespørselen eller filen er for stor.");
    public static readonly Reason UnsupportedMediaType = new("UNSUPPORTED_MEDIA_TYPE", "Filtypen eller formatet støttes ikke.");
    public static readonly Reason TooManyRequests = new("TOO_MANY_REQUESTS", "For mange forespørsler på kort tid. Vent litt og prøv igjen.");
    public static readonly Reason RouteNotFound = new("ROUTE_NOT_FOUND", "Fant ikke siden eller tjenesten du ba om.");
    public static readonly Reason Unavailable = new("UNAVAILABLE", "Tjenesten svarer ikke akkurat nå. Prøv igjen om litt.");
    public static readonly Reason Internal = new("INTERNAL", "Noe gikk galt hos oss. Prøv igjen senere; oppgi sporings-id-en hvis du kontakter oss.");

    // The shape of a request.
    public static readonly Reason MalformedJson = new("MALFORMED_JSON", "Forespørselen kunne ikke leses (ugyldig JSON).");
    public static readonly Reason EmptyBody = new("EMPTY_BODY", "Forespørselen mangler innhold.");
    public static readonly Reason WrongType = new("WRONG_TYPE", "Feltet har feil type verdi.");
    public static readonly Reason UnknownField = new("UNKNOWN_FIELD", "Feltet finnes ikke i denne forespørselen.");
    public static readonly Reason UnknownChoice = new("UNKNOWN_CHOICE", "Verdien er ikke et av valgene.");
    public static readonly Reason InvalidId = new("INVALID_ID", "Id-en er ikke gyldig.");
    public static readonly Reason MalformedUpload = new("MALFORMED_UPLOAD", "Opplastingen ble avbrutt eller er skadet. Prøv å laste opp filen på nytt.");
    public static readonly Reason MalformedMessage = new("MALFORMED_MESSAGE", "Forespørselen kunne ikke leses.");

    // Text.
    public static readonly Reason TextNul = new("TEXT_NUL_CHARACTER", "Teksten inneholder et ugyldig tegn (NUL). Fjern det og prøv igjen.");
    public static readonly Reason TextControl = new("TEXT_CONTROL_CHARACTER", "Teksten inneholder usynlige kontrolltegn. Fjern dem og prøv igjen.");
    public static readonly Reason TextLineBreak = new("TEXT_LINE_BREAK", "Feltet skal være på én linje, uten linjeskift.");
    public static readonly Reason TextTooLong = new("TEXT_TOO_LONG", "Teksten er for lang.");
}

/// <summary>Documents: attachments, files and generated documents.</summary>
public static partial class Reasons
{
    public static readonly Reason FileTypeNotAccepted = new("FILE_TYPE_NOT_ACCEPTED",
        "Filtypen tas ikke imot. Last opp PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), PNG, JPEG, GIF eller ren tekst (UTF-8).");
    public static readonly Reason FileTooLarge = new("FILE_TOO_LARGE", "Filen er større enn det som tas imot.");
    public static readonly Reason FileEmpty = new("FILE_EMPTY", "Filen er tom.");
    public static readonly Reason UploadHasNoFile = new("UPLOAD_HAS_NO_FILE", "Skjemaet mangler filen. Velg en fil og prøv igjen.");
    public static readonly Reason UploadUnknownField = new("UPLOAD_UNKNOWN_FIELD", "Skjemaet har et felt som ikke hører til en opplasting.");
    public static readonly Reason UploadFieldTooLong = new("UPLOAD_FIELD_TOO_LONG", "Feltet er for langt.");
    public static readonly Reason UploadNotMultipart = new("UPLOAD_NOT_MULTIPART", "Opplastingen må sendes som et skjema med fil (multipart/form-data).");
    public static readonly Reason DocumentNotFound = new("DOCUMENT_NOT_FOUND", "Dokumentet finnes ikke.");
    public static readonly Reason DocumentVersionNotFound = new("DOCUMENT_VERSION_NOT_FOUND", "Denne versjonen av dokumentet finnes ikke.");
    public static readonly Reason DocumentTooLargeToAttach = new("DOCUMENT_TOO_LARGE_TO_ATTACH", "Dokumentet er for stort til å legges ved e-posten.");
    public static readonly Reason MaxSizeRequired = new("MAX_SIZE_REQUIRED", "Oppgi største filstørrelse som tas imot.");
    public static readonly Reason GeneratedDocumentIsRecord = new("GENERATED_DOCUMENT_IS_RECORD", "Genererte dokumenter (innkalling og protokoll) er arkivverdige og kan ikke endres her.");
    public static readonly Reason AttachmentIsRecord = new("ATTACHMENT_IS_RECORD",
        "Innkallingen er sendt, så vedlegget er en del av saksdokumentene. Last opp en rettet versjon, eller begrens hvem som kan lese det.");
    public static readonly Reason AttachmentNotFound = new("ATTACHMENT_NOT_FOUND", "Vedlegget finnes ikke på dette møtet.");
    public static readonly Reason AttachmentTitleTaken = new("ATTACHMENT_TITLE_TAKEN", "Møtet har allerede et vedlegg med denne tittelen. Velg en annen tittel.");
    public static readonly Reason AttachmentSavedConcurrently = new("ATTACHMENT_SAVED_CONCURRENTLY", "En annen opplasting av samme vedlegg ble lagret samtidig. Send filen på nytt for å gjøre den til neste versjon.");
    public static readonly Reason PublicWithBasis = new("PUBLIC_ACCESS_WITH_BASIS", "Et offentlig dokument har ingen hjemmel for unntak. Velg «unntatt offentlighet» eller fjern hjemmelen.");
    public static readonly Reason ExemptWithoutBasis = new("EXEMPT_WITHOUT_BASIS", "Et dokument unntatt offentlighet må ha hjemmel, f.eks. «Offl. § 14».");
    public static readonly Reason NotALegalBasis = new("NOT_A_LEGAL_BASIS", "Hjemmelen må nevne paragrafen, f.eks. «Offl. § 14» (høyst 200 tegn).");
    public static readonly Reason UnknownPublicAccess = new("UNKNOWN_PUBLIC_ACCESS", "Velg offentlig eller unntatt offentlighet.");
    public static readonly Reason AttachmentTitleInvalid = new("ATTACHMENT_TITLE_INVALID", "Tittelen kan ha høyst 200 tegn og ingen kontrolltegn.");
    public static readonly Reason CaseNumberInvalid = new("CASE_NUMBER_INVALID", "Saksnummeret må se ut som «04.24» eller «33/24».");
    public static readonly Reason UnknownAudience = new("UNKNOWN_AUDIENCE", "Velg hvem som skal kunne lese: alle representantene eller bare kommunenes representanter.");
}

/// <summary>The gateway's own endpoints.</summary>
public static partial class Reasons
{
    public static readonly Reason NotADemoUser = new("NOT_A_DEMO_USER", "Velg en av demobrukerne.");
}

/// <summary>Planning: arenas, members, annual plans and their import.</summary>
public static partial class Reasons
{
    public static readonly Reason PlanTableMissing = new("PLAN_TABLE_MISSING", "Lim inn årsplantabellen (tabulatorseparert tekst) eller last opp en .docx- eller .xlsx-fil.");
    public static readonly Reason PlanTableTypeUnknown = new("PLAN_TABLE_TYPE_UNKNOWN", "Kan ikke lese denne filtypen. Send tabulatorseparert tekst, en .docx- eller en .xlsx-fil.");
    public static readonly Reason PlanTextNotUtf8 = new("PLAN_TEXT_NOT_UTF8", "Teksten er ikke UTF-8. Lagre eller lim inn tabellen som UTF-8.");
    public static Reason PlanFileUnreadable(string what) => new("PLAN_FILE_UNREADABLE", $"Kunne ikke åpne {what}: filen er skadet eller av en annen type.");
}

/// <summary>Rules shared by every service's fields.</summary>
public static partial class Reasons
{
    public static Reason AtMost(int characters) => new("TEXT_TOO_LONG", $"Høyst {characters} tegn.");
    public static readonly Reason DateFormat = new("DATE_FORMAT", "Skriv datoen som åååå-mm-dd, f.eks. 2025-09-18.");
    public static readonly Reason RangeEndsBeforeStart = new("RANGE_ENDS_BEFORE_START", "Perioden slutter før den begynner.");
    public static readonly Reason LimitOutOfRange = new("LIMIT_OUT_OF_RANGE", "Antallet er utenfor det som er tillatt.");
}

/// <summary>Meetings: meetings, agendas, attendance, decisions and follow-up.</summary>
public static partial class Reasons
{
    public static readonly Reason MeetingNotFound = new("MEETING_NOT_FOUND", "Møtet finnes ikke.");
    public static readonly Reason MeetingArenaMissing = new("MEETING_ARENA_MISSING", "Velg arenaen møtet hører til.");
    public static readonly Reason MeetingTitleMissing = new("MEETING_TITLE_MISSING", "Møtet må ha en tittel.");
    public static readonly Reason MeetingStartMissing = new("MEETING_START_MISSING", "Fyll inn når møtet begynner.");
    public static readonly Reason MeetingEndMissing = new("MEETING_END_MISSING", "Fyll inn når møtet slutter.");
    public static readonly Reason MeetingEndsBeforeStart = new("MEETING_ENDS_BEFORE_START", "Møtet må slutte etter at det begynner.");
    public static Reason MeetingOutsideWindow(int first, int last) => new("MEETING_OUTSIDE_WINDOW", $"Møtet må holdes mellom år {first} og {last}.");
    public static Reason MeetingTooLong(int days) => new("MEETING_TOO_LONG", $"Et møte kan vare i høyst {days} døgn.");
    public static readonly Reason MeetingCannotChangeYear = new("MEETING_CANNOT_CHANGE_YEAR", "Sakene er nummerert for møtets år, så møtet kan ikke flyttes til et annet år.");
}
