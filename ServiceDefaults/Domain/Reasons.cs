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
    public static readonly Reason Conflict = new(
        "CONFLICT",
        "Noen andre har endret dette i mellomtiden. Last siden på nytt og prøv igjen."
    );
    public static readonly Reason InvalidState = new("INVALID_STATE", "Dette kan ikke gjøres nå.");
    public static readonly Reason Unauthenticated = new("UNAUTHENTICATED", "Du må logge inn for å gjøre dette.");
    public static readonly Reason InvalidToken = new(
        "INVALID_TOKEN",
        "Innloggingen din er ugyldig eller utløpt. Logg inn på nytt."
    );
    public static readonly Reason Forbidden = new("FORBIDDEN", "Du har ikke tilgang til dette.");
    public static readonly Reason TooLarge = new("BODY_TOO_LARGE", "Forespørselen eller filen er for stor.");
    public static readonly Reason UnsupportedMediaType = new(
        "UNSUPPORTED_MEDIA_TYPE",
        "Filtypen eller formatet støttes ikke."
    );
    public static readonly Reason TooManyRequests = new(
        "TOO_MANY_REQUESTS",
        "For mange forespørsler på kort tid. Vent litt og prøv igjen."
    );
    public static readonly Reason RouteNotFound = new("ROUTE_NOT_FOUND", "Fant ikke siden eller tjenesten du ba om.");
    public static readonly Reason Unavailable = new(
        "UNAVAILABLE",
        "Tjenesten svarer ikke akkurat nå. Prøv igjen om litt."
    );
    public static readonly Reason Internal = new(
        "INTERNAL",
        "Noe gikk galt hos oss. Prøv igjen senere; oppgi sporings-id-en hvis du kontakter oss."
    );

    // Sign-in and permission: who the caller is, not what they asked.
    public static readonly Reason SignInToReadDocument = new(
        "SIGN_IN_TO_READ_DOCUMENT",
        "Logg inn for å lese dokumentet. Det er ikke åpent for alle."
    );
    public static readonly Reason DocumentForOtherAudience = new(
        "DOCUMENT_FOR_OTHER_AUDIENCE",
        "Dokumentet er ikke for deg. Det er bare for en bestemt målgruppe."
    );
    public static readonly Reason SignInToFindMembersMeetings = new(
        "SIGN_IN_TO_FIND_MEMBERS_MEETINGS",
        "Logg inn for å slå opp møtene til et medlem."
    );
    public static readonly Reason SignInWithoutEmail = new(
        "SIGN_IN_WITHOUT_EMAIL",
        "Innloggingen din har ingen e-postadresse. Innkallinger knyttes til medlemmene etter e-postadressen."
    );
    public static readonly Reason NotMemberOfArena = new(
        "NOT_MEMBER_OF_ARENA",
        "Du er ikke medlem av arenaen for dette møtet på møtedagen. "
            + "Medlemmer kjennes igjen på e-postadressen sekretariatet har registrert."
    );
    public static readonly Reason SubstituteRequestForSomeoneElse = new(
        "SUBSTITUTE_REQUEST_FOR_SOMEONE_ELSE",
        "Forespørselen er sendt til en annen vara. Bare sekretariatet kan svare for andre."
    );

    // The shape of a request.
    public static readonly Reason MalformedJson = new(
        "MALFORMED_JSON",
        "Forespørselen kunne ikke leses (ugyldig JSON)."
    );
    public static readonly Reason EmptyBody = new("EMPTY_BODY", "Forespørselen mangler innhold.");
    public static readonly Reason WrongType = new("WRONG_TYPE", "Feltet har feil type verdi.");
    public static readonly Reason UnknownField = new("UNKNOWN_FIELD", "Feltet finnes ikke i denne forespørselen.");
    public static readonly Reason UnknownChoice = new("UNKNOWN_CHOICE", "Verdien er ikke et av valgene.");
    public static readonly Reason InvalidId = new("INVALID_ID", "Id-en er ikke gyldig.");
    public static readonly Reason MalformedUpload = new(
        "MALFORMED_UPLOAD",
        "Opplastingen ble avbrutt eller er skadet. Prøv å laste opp filen på nytt."
    );
    public static readonly Reason MalformedMessage = new("MALFORMED_MESSAGE", "Forespørselen kunne ikke leses.");

    // Text.
    public static readonly Reason TextNul = new(
        "TEXT_NUL_CHARACTER",
        "Teksten inneholder et ugyldig tegn (NUL). Fjern det og prøv igjen."
    );
    public static readonly Reason TextControl = new(
        "TEXT_CONTROL_CHARACTER",
        "Teksten inneholder usynlige kontrolltegn. Fjern dem og prøv igjen."
    );
    public static readonly Reason TextLineBreak = new(
        "TEXT_LINE_BREAK",
        "Feltet skal være på én linje, uten linjeskift."
    );
    public static readonly Reason TextTooLong = new("TEXT_TOO_LONG", "Teksten er for lang.");
}

/// <summary>Documents: attachments, files and generated documents.</summary>
public static partial class Reasons
{
    public static readonly Reason FileTypeNotAccepted = new(
        "FILE_TYPE_NOT_ACCEPTED",
        "Filtypen tas ikke imot. "
            + "Last opp PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), PNG, JPEG, GIF eller ren tekst (UTF-8)."
    );
    public static readonly Reason FileTooLarge = new("FILE_TOO_LARGE", "Filen er større enn det som tas imot.");
    public static readonly Reason FileEmpty = new("FILE_EMPTY", "Filen er tom.");
    public static readonly Reason UploadHasNoFile = new(
        "UPLOAD_HAS_NO_FILE",
        "Skjemaet mangler filen. Velg en fil og prøv igjen."
    );
    public static readonly Reason UploadUnknownField = new(
        "UPLOAD_UNKNOWN_FIELD",
        "Skjemaet har et felt som ikke hører til en opplasting."
    );
    public static readonly Reason UploadFieldTooLong = new("UPLOAD_FIELD_TOO_LONG", "Feltet er for langt.");
    public static readonly Reason UploadNotMultipart = new(
        "UPLOAD_NOT_MULTIPART",
        "Opplastingen må sendes som et skjema med fil (multipart/form-data)."
    );
    public static readonly Reason DocumentNotFound = new("DOCUMENT_NOT_FOUND", "Dokumentet finnes ikke.");
    public static readonly Reason DocumentVersionNotFound = new(
        "DOCUMENT_VERSION_NOT_FOUND",
        "Denne versjonen av dokumentet finnes ikke."
    );
    public static readonly Reason DocumentTooLargeToAttach = new(
        "DOCUMENT_TOO_LARGE_TO_ATTACH",
        "Dokumentet er for stort til å legges ved e-posten."
    );
    public static readonly Reason MaxSizeRequired = new(
        "MAX_SIZE_REQUIRED",
        "Oppgi største filstørrelse som tas imot."
    );
    public static readonly Reason GeneratedDocumentIsRecord = new(
        "GENERATED_DOCUMENT_IS_RECORD",
        "Genererte dokumenter (innkalling og protokoll) er arkivverdige og kan ikke endres her."
    );
    public static readonly Reason AttachmentIsRecord = new(
        "ATTACHMENT_IS_RECORD",
        "Innkallingen er sendt, så vedlegget er en del av saksdokumentene. "
            + "Last opp en rettet versjon, eller begrens hvem som kan lese det."
    );

    public static Reason CaseNotOnAgenda(string caseNumber) =>
        new("CASE_NOT_ON_AGENDA", $"Sak {caseNumber} står ikke på møtets saksliste.");

    public static Reason AttachmentWiderThanCase(string caseNumber) =>
        new("ATTACHMENT_WIDER_THAN_CASE", $"Vedlegget kan ikke leses av flere enn sak {caseNumber} selv.");

    public static readonly Reason AttachmentNotFound = new(
        "ATTACHMENT_NOT_FOUND",
        "Vedlegget finnes ikke på dette møtet."
    );
    public static readonly Reason AttachmentTitleTaken = new(
        "ATTACHMENT_TITLE_TAKEN",
        "Møtet har allerede et vedlegg med denne tittelen. Velg en annen tittel."
    );
    public static readonly Reason AttachmentSavedConcurrently = new(
        "ATTACHMENT_SAVED_CONCURRENTLY",
        "En annen opplasting av samme vedlegg ble lagret samtidig. "
            + "Send filen på nytt for å gjøre den til neste versjon."
    );
    public static readonly Reason PublicWithBasis = new(
        "PUBLIC_ACCESS_WITH_BASIS",
        "Et offentlig dokument har ingen hjemmel for unntak. Velg «unntatt offentlighet» eller fjern hjemmelen."
    );
    public static readonly Reason ExemptWithoutBasis = new(
        "EXEMPT_WITHOUT_BASIS",
        "Et dokument unntatt offentlighet må ha hjemmel, f.eks. «Offl. § 14»."
    );
    public static readonly Reason NotALegalBasis = new(
        "NOT_A_LEGAL_BASIS",
        "Hjemmelen må nevne paragrafen, f.eks. «Offl. § 14» (høyst 200 tegn)."
    );
    public static readonly Reason UnknownPublicAccess = new(
        "UNKNOWN_PUBLIC_ACCESS",
        "Velg offentlig eller unntatt offentlighet."
    );
    public static readonly Reason DocumentKindUnknown = new(
        "DOCUMENT_KIND_UNKNOWN",
        "Dokumenttypen er ukjent. Velg vedlegg, innkalling eller protokoll."
    );
    public static readonly Reason AttachmentTitleInvalid = new(
        "ATTACHMENT_TITLE_INVALID",
        "Tittelen kan ha høyst 200 tegn og ingen kontrolltegn."
    );
    public static readonly Reason CaseNumberInvalid = new(
        "CASE_NUMBER_INVALID",
        "Saksnummeret må se ut som «04.24» eller «33/24»."
    );
    public static readonly Reason UnknownAudience = new(
        "UNKNOWN_AUDIENCE",
        "Velg hvem som skal kunne lese: alle representantene eller bare kommunenes representanter."
    );
}

/// <summary>The gateway's own endpoints.</summary>
public static partial class Reasons
{
    public static readonly Reason NotADemoUser = new("NOT_A_DEMO_USER", "Velg en av demobrukerne.");
}

/// <summary>Planning: arenas, members, annual plans and their import.</summary>
public static partial class Reasons
{
    public static readonly Reason PlanTableMissing = new(
        "PLAN_TABLE_MISSING",
        "Lim inn årsplantabellen (tabulatorseparert tekst) eller last opp en .docx- eller .xlsx-fil."
    );
    public static readonly Reason PlanTableTypeUnknown = new(
        "PLAN_TABLE_TYPE_UNKNOWN",
        "Kan ikke lese denne filtypen. Send tabulatorseparert tekst, en .docx- eller en .xlsx-fil."
    );
    public static readonly Reason PlanTextNotUtf8 = new(
        "PLAN_TEXT_NOT_UTF8",
        "Teksten er ikke UTF-8. Lagre eller lim inn tabellen som UTF-8."
    );

    public static Reason PlanCellNotADate(string cell) =>
        new(
            "PLAN_CELL_NOT_A_DATE",
            $"Cellen {cell} er formatert som dato eller klokkeslett, men inneholder ikke en gyldig dato. "
                + "Rett cellen og last opp filen på nytt."
        );

    public static Reason PlanFileUnreadable(string what) =>
        new("PLAN_FILE_UNREADABLE", $"Kunne ikke åpne {what}: filen er skadet eller av en annen type.");
}

/// <summary>Rules shared by every service's fields.</summary>
public static partial class Reasons
{
    public static Reason AtMost(int characters) => new("TEXT_TOO_LONG", $"Høyst {characters} tegn.");

    public static readonly Reason DateFormat = new("DATE_FORMAT", "Skriv datoen som åååå-mm-dd, f.eks. 2025-09-18.");
    public static readonly Reason RangeEndsBeforeStart = new(
        "RANGE_ENDS_BEFORE_START",
        "Perioden slutter før den begynner."
    );
    public static readonly Reason LimitOutOfRange = new(
        "LIMIT_OUT_OF_RANGE",
        "Antallet er utenfor det som er tillatt."
    );
    public static readonly Reason YearOutOfRange = new("YEAR_OUT_OF_RANGE", "Året er ikke gyldig.");
    public static readonly Reason PageSizeNegative = new(
        "PAGE_SIZE_NEGATIVE",
        "Sidestørrelsen (page_size) kan ikke være negativ."
    );
    public static readonly Reason PageTokenInvalid = new(
        "PAGE_TOKEN_INVALID",
        "Sidemerket (page_token) er ugyldig. Start på første side igjen."
    );
    public static readonly Reason PageTokenMismatch = new(
        "PAGE_TOKEN_MISMATCH",
        "Sidemerket (page_token) hører til et annet søk eller filter. Start på første side igjen."
    );
}

/// <summary>Meetings: meetings, agendas, attendance, decisions and follow-up.</summary>
public static partial class Reasons
{
    public static readonly Reason MeetingNotFound = new("MEETING_NOT_FOUND", "Møtet finnes ikke.");
    public static readonly Reason MeetingArenaMissing = new("MEETING_ARENA_MISSING", "Velg arenaen møtet hører til.");
    public static readonly Reason MeetingTitleMissing = new("MEETING_TITLE_MISSING", "Møtet må ha en tittel.");
    public static readonly Reason MeetingStartMissing = new("MEETING_START_MISSING", "Fyll inn når møtet begynner.");
    public static readonly Reason MeetingEndMissing = new("MEETING_END_MISSING", "Fyll inn når møtet slutter.");
    public static readonly Reason MeetingEndsBeforeStart = new(
        "MEETING_ENDS_BEFORE_START",
        "Møtet må slutte etter at det begynner."
    );

    public static Reason MeetingOutsideWindow(int first, int last) =>
        new("MEETING_OUTSIDE_WINDOW", $"Møtet må holdes mellom år {first} og {last}.");

    public static Reason MeetingTooLong(int days) => new("MEETING_TOO_LONG", $"Et møte kan vare i høyst {days} døgn.");

    public static readonly Reason MeetingCannotChangeYear = new(
        "MEETING_CANNOT_CHANGE_YEAR",
        "Sakene er nummerert for møtets år, så møtet kan ikke flyttes til et annet år."
    );
}

public static partial class Reasons
{
    public static readonly Reason ArenaIdMissing = new("ARENA_ID_MISSING", "Velg en arena.");
    public static readonly Reason ArenaNotFound = new("ARENA_NOT_FOUND", "Arenaen finnes ikke.");
    public static readonly Reason ArenaNameTaken = new(
        "ARENA_NAME_TAKEN",
        "Det finnes allerede en arena med dette navnet."
    );
    public static readonly Reason ArenaNameMissing = new("ARENA_NAME_MISSING", "Arenaen må ha et navn.");
    public static readonly Reason ArenaNameNeedsLetters = new(
        "ARENA_NAME_NEEDS_LETTERS",
        "Navnet må inneholde bokstaver eller tall."
    );
    public static readonly Reason ArenaKindMissing = new("ARENA_KIND_MISSING", "Velg hva slags arena det er.");
    public static readonly Reason DialogueNeedsRegion = new(
        "DIALOGUE_NEEDS_REGION",
        "Et dialogmøte hører til en helseregion. Velg regionen."
    );
    public static readonly Reason RegionNotFound = new("REGION_NOT_FOUND", "Helseregionen finnes ikke.");
    public static readonly Reason PlanNotFound = new("PLAN_NOT_FOUND", "Det finnes ingen årsplan for dette året.");

    public static Reason PlanYearOutOfRange(int first, int last) =>
        new("PLAN_YEAR_OUT_OF_RANGE", $"Årsplanen må gjelde et år mellom {first} og {last}.");

    public static readonly Reason ApprovalCaseMissing = new(
        "APPROVAL_CASE_MISSING",
        "Oppgi saken som godkjente planen, f.eks. «sak 33/24»."
    );
    public static readonly Reason PlanAlreadyApproved = new(
        "PLAN_ALREADY_APPROVED",
        "Årsplanen er allerede godkjent. Den kan godkjennes på nytt etter at den er revidert."
    );
    public static readonly Reason PlanChanged = new(
        "PLAN_CHANGED",
        "Årsplanen er endret av noen andre siden du åpnet den. Last den på nytt og gjør endringen igjen."
    );
    public static readonly Reason MemberNotInArena = new(
        "MEMBER_NOT_IN_ARENA",
        "Personen sitter ikke i denne arenaen."
    );
    public static readonly Reason SubstituteHasSubstitutes = new(
        "SUBSTITUTE_HAS_SUBSTITUTES",
        "Personen har egne vararepresentanter og kan ikke bli vara. Flytt varaene først."
    );
    public static readonly Reason SubstitutesKeepPartner = new(
        "SUBSTITUTES_KEEP_PARTNER",
        "Varaene representerer samme side og partner. Endre eller avslutt varaenes perioder først."
    );
    public static readonly Reason PlannedMeetingNotFound = new(
        "PLANNED_MEETING_NOT_FOUND",
        "Det planlagte møtet finnes ikke."
    );
    public static readonly Reason PlannedMeetingCannotMove = new(
        "PLANNED_MEETING_CANNOT_MOVE",
        "Møtet er avholdt eller avlyst og kan ikke flyttes."
    );
    public static readonly Reason PlannedMeetingAlreadyClosed = new(
        "PLANNED_MEETING_ALREADY_CLOSED",
        "Møtet er allerede avholdt eller avlyst."
    );
    public static readonly Reason PlannedMeetingNotScheduled = new(
        "PLANNED_MEETING_NOT_SCHEDULED",
        "Bare et møte med fast dato kan markeres som avholdt."
    );

    public static Reason PlanDateUnreadable(string problem) =>
        new(
            "PLAN_DATE_UNREADABLE",
            $"{problem} Skriv f.eks. «28.aug.25», «12.-13. mars 2025», «uke 35» eller «sept/okt»."
        );

    public static Reason PlanTimeUnreadable(string problem) => new("PLAN_TIME_UNREADABLE", problem);

    public static readonly Reason PlanHeaderMissing = new(
        "PLAN_HEADER_MISSING",
        "Fant ingen overskriftsrad. "
            + "Tabellen må ha kolonnene Samhandlingsarenaer, Helseregioner, Dag, Dato, Klokkeslett, Sted og Saker, skilt med tabulator."
    );
    public static readonly Reason MemberNameMissing = new("MEMBER_NAME_MISSING", "Fyll inn navnet på medlemmet.");
    public static readonly Reason EmailInvalid = new(
        "EMAIL_INVALID",
        "Skriv en gyldig e-postadresse, f.eks. ola.nordmann@hamar.kommune.no."
    );
    public static readonly Reason MemberKindMissing = new(
        "MEMBER_KIND_MISSING",
        "Velg om medlemmet er kommunal eller sykehusrepresentant, observatør eller sekretariat."
    );
    public static readonly Reason MemberRoleMissing = new(
        "MEMBER_ROLE_MISSING",
        "Velg rollen: leder, nestleder, medlem, observatør eller vara."
    );
    public static readonly Reason PartnerMissing = new(
        "PARTNER_MISSING",
        "En representant representerer en part: velg kommunen eller Sykehuset Innlandet."
    );
    public static readonly Reason PartnerNotFound = new("PARTNER_NOT_FOUND", "Parten finnes ikke.");
    public static readonly Reason MunicipalRepresentsMunicipality = new(
        "MUNICIPAL_REPRESENTS_MUNICIPALITY",
        "En kommunal representant representerer en kommune."
    );
    public static readonly Reason HospitalRepresentsHospital = new(
        "HOSPITAL_REPRESENTS_HOSPITAL",
        "En sykehusrepresentant representerer Sykehuset Innlandet."
    );
    public static readonly Reason ObserverRoleForObservers = new(
        "OBSERVER_ROLE_FOR_OBSERVERS",
        "Bare observatører har observatørrollen."
    );
    public static readonly Reason ObserverTakesObserverRole = new(
        "OBSERVER_TAKES_OBSERVER_ROLE",
        "En observatør har observatørrollen (eller er vara for en annen observatør)."
    );
    public static readonly Reason ObserversDoNotVote = new(
        "OBSERVERS_DO_NOT_VOTE",
        "Observatører og sekretariatet har talerett, ikke stemmerett."
    );
    public static readonly Reason TermEndsBeforeStart = new(
        "TERM_ENDS_BEFORE_START",
        "Perioden kan ikke slutte før den begynner."
    );
    public static readonly Reason OnlySubstituteStandsIn = new(
        "ONLY_SUBSTITUTE_STANDS_IN",
        "Bare en vara kan stå for et annet medlem. Sett rollen til vara."
    );
    public static readonly Reason OnlySubstituteHasRank = new(
        "ONLY_SUBSTITUTE_HAS_RANK",
        "Bare en vara har nummer i rekkefølgen."
    );
    public static readonly Reason SubstituteRankMissing = new(
        "SUBSTITUTE_RANK_MISSING",
        "Oppgi varaens nummer: 1 spørres først."
    );
    public static readonly Reason SubstitutePrincipalMissing = new(
        "SUBSTITUTE_PRINCIPAL_MISSING",
        "Velg medlemmet denne varaen står for."
    );
    public static readonly Reason NotAMemberOfArena = new(
        "NOT_A_MEMBER_OF_ARENA",
        "Personen er ikke medlem av arenaen på denne datoen."
    );
    public static readonly Reason PrincipalIsSubstitute = new(
        "PRINCIPAL_IS_SUBSTITUTE",
        "Den valgte er selv vara. Velg medlemmet varaen står for."
    );
    public static readonly Reason SubstituteSameSide = new(
        "SUBSTITUTE_SAME_SIDE",
        "En vara sitter for samme side som medlemmet den står for."
    );
    public static readonly Reason SubstituteSamePartner = new(
        "SUBSTITUTE_SAME_PARTNER",
        "En vara representerer samme part som medlemmet den står for."
    );
    public static readonly Reason SubstituteRankTaken = new(
        "SUBSTITUTE_RANK_TAKEN",
        "Medlemmet har allerede en vara med dette nummeret i perioden."
    );
    public static readonly Reason MemberAlreadySits = new(
        "MEMBER_ALREADY_SITS",
        "Personen sitter allerede i arenaen i en overlappende periode."
    );
    public static readonly Reason RoleTaken = new(
        "ROLE_TAKEN",
        "Noen har allerede denne rollen i en overlappende periode."
    );
}

public static partial class Reasons
{
    public static readonly Reason MeetingChanged = new(
        "MEETING_CHANGED",
        "Møtet ble endret av noen andre samtidig. Last siden på nytt og prøv igjen."
    );
    public static readonly Reason MeetingStepOutOfOrder = new(
        "MEETING_STEP_OUT_OF_ORDER",
        "Møtet er ikke klart for dette steget ennå."
    );
    public static readonly Reason MeetingStepNotNow = new(
        "MEETING_STEP_NOT_NOW",
        "Dette kan ikke gjøres i møtets nåværende fase."
    );
    public static readonly Reason MeetingIsCancelled = new(
        "MEETING_CANCELLED",
        "Møtet er avlyst. Saksliste, innkalling, oppmøte og vedtak kan ikke endres."
    );
    public static readonly Reason MeetingCannotBeCancelled = new(
        "MEETING_CANNOT_BE_CANCELLED",
        "Møtet er allerede holdt og kan ikke avlyses."
    );
    public static readonly Reason CancelReasonMissing = new(
        "CANCEL_REASON_MISSING",
        "Skriv hvorfor møtet avlyses. Begrunnelsen sendes til medlemmene."
    );
    public static readonly Reason PlannedMeetingOfOtherArena = new(
        "PLANNED_MEETING_OF_OTHER_ARENA",
        "Det planlagte møtet hører til en annen arena."
    );
    public static readonly Reason NoNoticeYet = new("NO_NOTICE_YET", "Innkallingen er ikke sendt ennå.");
    public static readonly Reason NoticeIsCurrent = new(
        "NOTICE_IS_CURRENT",
        "Innkallingen viser allerede gjeldende saksliste. Endre sakslisten før du sender den på nytt."
    );
    public static readonly Reason AgendaEmpty = new(
        "AGENDA_EMPTY",
        "Sakslisten er tom. Legg til punkter før innkallingen sendes."
    );
    public static readonly Reason MinutesNotReady = new("MINUTES_NOT_READY", "Protokollen er ikke klar ennå.");
    public static readonly Reason AgendaItemNotFound = new(
        "AGENDA_ITEM_NOT_FOUND",
        "Punktet finnes ikke på sakslisten."
    );
    public static readonly Reason AgendaHasAnyOtherBusiness = new(
        "AGENDA_HAS_ANY_OTHER_BUSINESS",
        "Sakslisten har allerede Eventuelt."
    );
    public static readonly Reason ItemKindFixed = new(
        "ITEM_KIND_FIXED",
        "Typen kan ikke endres. Trekk punktet og legg til et nytt."
    );
    public static readonly Reason ItemAudienceFixed = new(
        "ITEM_AUDIENCE_FIXED",
        "Hvem punktet gjelder kan ikke endres etter at innkallingen er sendt. Trekk punktet og legg til et nytt."
    );
    public static readonly Reason AgendaOrderIncomplete = new(
        "AGENDA_ORDER_INCOMPLETE",
        "Ta med hvert punkt på sakslisten nøyaktig én gang (unntatt trukne punkter)."
    );
    public static readonly Reason AgendaOrderInvalid = new(
        "AGENDA_ORDER_INVALID",
        "Eventuelt er siste punkt for alle, og punkter bare for kommunenes representanter kommer etter det."
    );
    public static readonly Reason ItemWithdrawn = new("ITEM_WITHDRAWN", "Punktet er trukket.");
    public static readonly Reason ItemKindMissing = new(
        "ITEM_KIND_MISSING",
        "Velg type: presentasjon, sak, eventuelt eller pause."
    );
    public static readonly Reason ItemTitleMissing = new("ITEM_TITLE_MISSING", "Punktet må ha en tittel.");

    public static Reason DurationOutOfRange(int max) =>
        new("DURATION_OUT_OF_RANGE", $"Oppgi antall minutter, fra 0 til {max}.");

    public static readonly Reason QuestionsOnlyForPresentations = new(
        "QUESTIONS_ONLY_FOR_PRESENTATIONS",
        "Bare presentasjoner har tid til spørsmål."
    );
    public static readonly Reason CaseTypeMissing = new(
        "CASE_TYPE_MISSING",
        "Velg orientering, drøfting eller beslutning."
    );
    public static readonly Reason CaseTypeOnlyForCases = new("CASE_TYPE_ONLY_FOR_CASES", "Bare saker har sakstype.");
    public static readonly Reason AnyOtherBusinessForAll = new(
        "ANY_OTHER_BUSINESS_FOR_ALL",
        "Eventuelt gjelder alle representantene."
    );
    public static readonly Reason ResolutionPointEmpty = new(
        "RESOLUTION_POINT_EMPTY",
        "Et vedtakspunkt kan ikke være tomt."
    );
    public static readonly Reason AlternativeEmpty = new("ALTERNATIVE_EMPTY", "Et alternativ kan ikke være tomt.");
    public static readonly Reason PointsOrAlternatives = new(
        "POINTS_OR_ALTERNATIVES",
        "Forslag til vedtak har enten nummererte punkter eller alternativer, ikke begge."
    );
    public static readonly Reason AlternativesAtLeastTwo = new(
        "ALTERNATIVES_AT_LEAST_TWO",
        "Det må være minst to alternativer."
    );
    public static readonly Reason ResolutionOnlyForCases = new(
        "RESOLUTION_ONLY_FOR_CASES",
        "Bare saker har forslag til vedtak."
    );
    public static readonly Reason ItemAttachmentIncomplete = new(
        "ITEM_ATTACHMENT_INCOMPLETE",
        "Hvert vedlegg må ha dokument-id og tittel."
    );
    public static readonly Reason NotACase = new("NOT_A_CASE", "Punktet er ikke en sak. Bare saker vedtas.");

    public static Reason StepBeforeMeetingDay(string day) =>
        new("STEP_BEFORE_MEETING_DAY", $"Dette kan først gjøres på møtedagen ({day}).");

    public static readonly Reason MinutesEndBeforeStart = new(
        "MINUTES_END_BEFORE_START",
        "Møtet må heves etter at det ble satt."
    );
    public static readonly Reason MinutesNoteItemUnknown = new(
        "MINUTES_NOTE_ITEM_UNKNOWN",
        "Punktet står ikke på møtets saksliste."
    );
    public static readonly Reason MinutesNoteOnCase = new(
        "MINUTES_NOTE_ON_CASE",
        "Referat føres for presentasjoner og eventuelt. En sak protokolleres med vedtaket."
    );
    public static readonly Reason AbsenceNoteTooLong = new("ABSENCE_NOTE_TOO_LONG", "Merknaden kan ha høyst 500 tegn.");
    public static readonly Reason NotQuorate = new("NOT_QUORATE", "Møtet er ikke vedtaksført i denne saken.");
    public static readonly Reason DecisionNoSingleProposal = new(
        "DECISION_NO_SINGLE_PROPOSAL",
        "Saken har ikke ett forslag som kan vedtas."
    );
    public static readonly Reason DecisionChooseAlternative = new(
        "DECISION_CHOOSE_ALTERNATIVE",
        "Saken har alternativer. Velg hvilket som ble vedtatt."
    );
    public static readonly Reason DecisionUnknownAlternative = new(
        "DECISION_UNKNOWN_ALTERNATIVE",
        "Velg et av sakens alternativer."
    );
    public static readonly Reason DecisionAmendedTextMissing = new(
        "DECISION_AMENDED_TEXT_MISSING",
        "Skriv teksten møtet vedtok."
    );
    public static readonly Reason DecisionWordingWithoutDecision = new(
        "DECISION_WORDING_WITHOUT_DECISION",
        "Saken har ikke noe vedtak ennå. Registrer vedtaket først."
    );
    public static readonly Reason DecisionWordingMissing = new(
        "DECISION_WORDING_MISSING",
        "Skriv ordlyden i vedtaket."
    );
    public static readonly Reason DecisionAmendmentWithoutAmendedText = new(
        "DECISION_AMENDMENT_WITHOUT_AMENDED_TEXT",
        "Bare et endret vedtak har et endringsforslag."
    );
    public static readonly Reason DecisionSourceMissing = new(
        "DECISION_SOURCE_MISSING",
        "Velg om forslaget, et alternativ eller en endret tekst ble vedtatt."
    );
    public static readonly Reason DecisionUnanimousNoCounts = new(
        "DECISION_UNANIMOUS_NO_COUNTS",
        "Et enstemmig vedtak har ingen stemmetall."
    );
    public static readonly Reason DecisionVotesMissing = new(
        "DECISION_VOTES_MISSING",
        "Oppgi stemmer for, mot og avholdende, eller merk vedtaket som enstemmig."
    );
    public static readonly Reason DecisionTooManyVotes = new(
        "DECISION_TOO_MANY_VOTES",
        "Det er gitt flere stemmer enn det er stemmeberettigede i saken."
    );
    public static readonly Reason DecisionNoMajority = new(
        "DECISION_NO_MAJORITY",
        "Vedtaket må ha flere stemmer for enn mot."
    );
    public static readonly Reason QuorumOutOfRange = new(
        "QUORUM_OUT_OF_RANGE",
        "Oppgi vedtaksførhet i prosent av stemmeberettigede, fra 1 til 100."
    );
    public static readonly Reason MaxProxiesOutOfRange = new(
        "MAX_PROXIES_OUT_OF_RANGE",
        "Oppgi hvor mange fullmakter ett medlem kan ha, fra 0 til 20."
    );
    public static readonly Reason AbsenceEndsBeforeStart = new(
        "ABSENCE_ENDS_BEFORE_START",
        "Fraværet må slutte etter at det begynner."
    );
    public static readonly Reason TimeFormat = new("TIME_FORMAT", "Skriv klokkeslettet som tt:mm, f.eks. 15:30.");
    public static readonly Reason AbsenceOutsideMeeting = new(
        "ABSENCE_OUTSIDE_MEETING",
        "Klokkeslettet er ikke i møtetiden. Meld forfall fra hele møtet uten klokkeslett."
    );
    public static readonly Reason NoAbsenceReported = new(
        "NO_ABSENCE_REPORTED",
        "Det er ikke meldt forfall fra dette møtet."
    );
    public static readonly Reason AbsenceLocked = new(
        "ABSENCE_LOCKED",
        "Forfallet kan ikke trekkes nå: møtet har begynt, eller en vara har tatt plassen. Kontakt sekretariatet."
    );

    public static Reason SubstituteNotSummoned(string name) =>
        new("SUBSTITUTE_NOT_SUMMONED", $"{name} er vara og møter bare når hen er kalt inn for et medlem med forfall.");

    public static Reason SubstituteDeclinesInstead(string name) =>
        new("SUBSTITUTE_DECLINES_INSTEAD", $"{name} er vara. En vara takker nei til forespørselen i stedet.");

    public static Reason SubstitutePresentInPlace(string name) =>
        new(
            "SUBSTITUTE_PRESENT_IN_PLACE",
            $"{name} er registrert til stede som vara. Registrer varaen fraværende først."
        );

    public static readonly Reason SubstituteRequestNotFound = new(
        "SUBSTITUTE_REQUEST_NOT_FOUND",
        "Forespørselen til vara finnes ikke for dette møtet."
    );
    public static readonly Reason SubstituteRequestWithdrawn = new(
        "SUBSTITUTE_REQUEST_WITHDRAWN",
        "Forespørselen er trukket: medlemmet møter likevel."
    );
    public static readonly Reason SubstituteRequestAnswered = new(
        "SUBSTITUTE_REQUEST_ANSWERED",
        "Forespørselen er allerede besvart."
    );
    public static readonly Reason ProxyToSelf = new("PROXY_TO_SELF", "Et medlem kan ikke gi fullmakt til seg selv.");

    public static Reason ProxyGiverHasNoVote(string name) =>
        new("PROXY_GIVER_HAS_NO_VOTE", $"{name} har ingen stemme å gi fullmakt for.");

    public static readonly Reason ProxyAcrossPartnerKinds = new(
        "PROXY_ACROSS_PARTNER_KINDS",
        "Fullmakt gis til et medlem fra samme side (kommune eller sykehus)."
    );

    public static Reason ProxyHolderNotPresent(string name) =>
        new("PROXY_HOLDER_NOT_PRESENT", $"{name} må være til stede med stemmerett for å ha fullmakt.");

    public static Reason ProxyGiverPresent(string name) =>
        new("PROXY_GIVER_PRESENT", $"{name} er til stede og stemmer selv.");

    public static Reason ProxyGiverHasSubstitute(string name) =>
        new("PROXY_GIVER_HAS_SUBSTITUTE", $"{name} er representert ved vara, som stemmer i stedet.");

    public static Reason ProxyAlreadyGiven(string giver, string holder) =>
        new("PROXY_ALREADY_GIVEN", $"{giver} har allerede gitt fullmakt til {holder}.");

    public static Reason ProxyHolderGaveVote(string name) =>
        new("PROXY_HOLDER_GAVE_VOTE", $"{name} har selv gitt bort sin stemme.");

    public static Reason ProxyHolderFull(string name, int max) =>
        new("PROXY_HOLDER_FULL", $"{name} har allerede så mange fullmakter som arenaen tillater ({max}).");

    public static readonly Reason ProxyNotFound = new(
        "PROXY_NOT_FOUND",
        "Medlemmet har ikke gitt fullmakt for dette møtet."
    );
    public static readonly Reason FollowUpNotFound = new("FOLLOW_UP_NOT_FOUND", "Oppfølgingspunktet finnes ikke.");
    public static readonly Reason FollowUpNeedsDecision = new(
        "FOLLOW_UP_NEEDS_DECISION",
        "Saken har ikke vedtak ennå. Oppfølging kommer fra et vedtak."
    );
    public static readonly Reason FollowUpStatusMissing = new(
        "FOLLOW_UP_STATUS_MISSING",
        "Velg åpen, pågår eller ferdig."
    );
    public static readonly Reason FollowUpDescriptionMissing = new(
        "FOLLOW_UP_DESCRIPTION_MISSING",
        "Skriv hva som skal gjøres."
    );
    public static readonly Reason FollowUpOwnerMissing = new("FOLLOW_UP_OWNER_MISSING", "Skriv hvem som er ansvarlig.");
}

/// <summary>Notifications: notices, deliveries, inbox and preferences.</summary>
public static partial class Reasons
{
    public static readonly Reason ChannelRequired = new(
        "CHANNEL_REQUIRED",
        "Velg minst én kanal (e-post, i appen eller begge): offisielle innkallinger må nå deg."
    );
    public static readonly Reason InboxItemNotFound = new(
        "INBOX_ITEM_NOT_FOUND",
        "Meldingen finnes ikke i innboksen din."
    );
    public static readonly Reason DeliveryFilterMissing = new(
        "DELIVERY_FILTER_MISSING",
        "Velg en innkalling, eller en status å liste på tvers av innkallinger."
    );
    public static readonly Reason NoticeNotFound = new("NOTICE_NOT_FOUND", "Innkallingen finnes ikke.");
    public static readonly Reason DeliveryNotFound = new("DELIVERY_NOT_FOUND", "Utsendelsen finnes ikke.");
    public static readonly Reason OnlyEmailIsRetried = new(
        "ONLY_EMAIL_IS_RETRIED",
        "Bare e-post sendes på nytt. En melding i appen ligger allerede i innboksen."
    );
    public static readonly Reason OnlyDeadLetteredIsRetried = new(
        "ONLY_DEAD_LETTERED_IS_RETRIED",
        "Bare en utsendelse som har feilet endelig, kan sendes på nytt."
    );
    public static readonly Reason OnlyInboxItemsAreRead = new(
        "ONLY_INBOX_ITEMS_ARE_READ",
        "Bare meldinger i innboksen kan merkes som lest."
    );
}
