// @ts-check
// Norwegian for English messages from answers without a reason code (older ones). Every refusal of ours now carries a
// reason code with its Norwegian text (ServiceDefaults/Domain/Reasons.cs), which api.js shows instead.
const norwegian = new Map([
  ['A meeting needs a title.', 'Møtet må ha en tittel.'],
  ['An agenda item needs a title.', 'Punktet må ha en tittel.'],
  ["Give the meeting's start.", 'Fyll inn når møtet begynner.'],
  ["Give the meeting's end.", 'Fyll inn når møtet slutter.'],
  ['The meeting must end after it starts.', 'Møtet må slutte etter at det begynner.'],
  ['Give the arena the meeting belongs to.', 'Velg arenaen møtet hører til.'],
  ['The agenda already has Eventuelt.', 'Sakslisten har allerede Eventuelt.'],
  [
    'The kind of an item cannot change; withdraw it and add a new one.',
    'Typen kan ikke endres. Trekk punktet og legg til et nytt.',
  ],
  [
    'Choose the kind of item: presentation, case, any other business or break.',
    'Velg type: presentasjon, sak, eventuelt eller pause.',
  ],
  ['Choose orientering, drøfting or beslutning.', 'Velg orientering, drøfting eller beslutning.'],
  ['Only a case has a case type.', 'Bare saker har sakstype.'],
  ['Only a case has a proposed resolution.', 'Bare saker har forslag til vedtak.'],
  ['Only a presentation has minutes for questions.', 'Bare presentasjoner har tid til spørsmål.'],
  [
    'A proposed resolution has numbered points or alternatives, not both.',
    'Forslag til vedtak har enten nummererte punkter eller alternativer, ikke begge.',
  ],
  ['Alternatives come at least two at a time.', 'Det må være minst to alternativer.'],
  ['An alternative cannot be empty.', 'Et alternativ kan ikke være tomt.'],
  ['A numbered point cannot be empty.', 'Et vedtakspunkt kan ikke være tomt.'],
  ['Eventuelt is for all members.', 'Eventuelt gjelder alle representantene.'],
  ['At most 500 characters.', 'Høyst 500 tegn.'],
  ["Give the member's name.", 'Fyll inn navnet.'],
  [
    'A representative represents a partner: give the municipality or Sykehuset Innlandet.',
    'En representant representerer en part: velg kommunen eller Sykehuset Innlandet.',
  ],
  [
    'Only a substitute (vara) stands in for another member; set the role to substitute.',
    'Bare en vara møter for et annet medlem: velg rollen vara.',
  ],
  ['Only a substitute (vara) has a rank.', 'Bare en vara har varanummer.'],
  ["Give the substitute's rank: 1 is asked first.", 'Fyll inn varanummeret: 1 spørres først.'],
  ['Name the member this substitute stands in for.', 'Velg hvem varaen møter for.'],
  [
    'Observers and the secretariat have the right to speak, not to vote.',
    'Observatører og sekretariatet har talerett, ikke stemmerett.',
  ],
  ['Only an observer has the observer role.', 'Bare observatører har rollen observatør.'],
]);

// Refusals that name people, dates or numbers: the pattern and its Norwegian wording.
/** @type {[RegExp, (match: RegExpExecArray) => string][]} */
const patterns = [
  [
    /^'(.*)' is not an e-mail address such as .*\.$/,
    (m) => `«${m[1]}» er ikke en e-postadresse, for eksempel ola.nordmann@hamar.kommune.no.`,
  ],
  [
    /^(.+) <(.+)> already sits in this arena for an overlapping term\.$/,
    (m) => `${m[1]} <${m[2]}> sitter allerede i arenaen i en periode som overlapper.`,
  ],
  [
    /^(.+) already holds that role for an overlapping term\.$/,
    (m) => `${m[1]} har allerede den rollen i en periode som overlapper.`,
  ],
  [
    /^(.+) already has a substitute with rank (\d+) in that term\.$/,
    (m) => `${m[1]} har allerede vara nummer ${m[2]} i den perioden.`,
  ],
  [
    /^The term cannot end \((.+)\) before it starts \((.+)\)\.$/,
    (m) => `Perioden kan ikke slutte (${m[1]}) før den begynner (${m[2]}).`,
  ],
  [
    /^Give the (first|last) day of the term as yyyy-MM-dd.*$/,
    (m) => `Fyll inn ${m[1] === 'first' ? 'første' : 'siste'} dag i perioden som en dato.`,
  ],
  [/^(.+) is present and votes in person\.$/, (m) => `${m[1]} er til stede og stemmer selv.`],
  [
    /^(.+) must be present with a vote to hold a proxy\.$/,
    (m) => `${m[1]} må være til stede med stemmerett for å få fullmakt.`,
  ],
  [/^(.+) has already given a proxy to (.+)\.$/, (m) => `${m[1]} har allerede gitt fullmakt til ${m[2]}.`],
  [
    /^(.+) is represented by a substitute, who votes in their place\.$/,
    (m) => `${m[1]} er representert ved vara, som stemmer i stedet.`,
  ],
  [
    /^A proxy goes to a member of the same partner kind: .*$/,
    () => 'Fullmakt kan bare gis til en representant for samme side (kommune eller sykehus).',
  ],
  [
    /^(.+) already holds (\d+) proxy\(ies\); the arena allows at most (\d+) per member\.$/,
    (m) => `${m[1]} har allerede ${m[2]} fullmakt(er); arenaen tillater høyst ${m[3]} per representant.`,
  ],
  [
    /^The meeting is not quorate on (.+?): (\d+) vote\(s\) present .* requires (\d+)\.$/,
    (m) => `Møtet er ikke beslutningsdyktig på saken: ${m[2]} stemmer til stede, det kreves ${m[3]}.`,
  ],
  [/^'(.*)' is not a member of this arena\.$/, () => 'Velg en representant fra listen.'],
  [/^Member '(.*)' .*$/, () => 'Velg en representant fra listen.'],
];

/** @returns {string} */
export const inNorwegian = (/** @type {string} */ message) => {
  const known = norwegian.get(message);
  if (known) return known;
  for (const [pattern, wording] of patterns) {
    const match = pattern.exec(message ?? '');
    if (match) return wording(match);
  }
  return message;
};
