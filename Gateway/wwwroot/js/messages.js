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
  ['The kind of an item cannot change; withdraw it and add a new one.', 'Typen kan ikke endres. Trekk punktet og legg til et nytt.'],
  ['Choose the kind of item: presentation, case, any other business or break.', 'Velg type: presentasjon, sak, eventuelt eller pause.'],
  ['Choose orientering, drøfting or beslutning.', 'Velg orientering, drøfting eller beslutning.'],
  ['Only a case has a case type.', 'Bare saker har sakstype.'],
  ['Only a case has a proposed resolution.', 'Bare saker har forslag til vedtak.'],
  ['Only a presentation has minutes for questions.', 'Bare presentasjoner har tid til spørsmål.'],
  ['A proposed resolution has numbered points or alternatives, not both.', 'Forslag til vedtak har enten nummererte punkter eller alternativer, ikke begge.'],
  ['Alternatives come at least two at a time.', 'Det må være minst to alternativer.'],
  ['An alternative cannot be empty.', 'Et alternativ kan ikke være tomt.'],
  ['A numbered point cannot be empty.', 'Et vedtakspunkt kan ikke være tomt.'],
  ['Eventuelt is for all members.', 'Eventuelt gjelder alle representantene.'],
  ['At most 500 characters.', 'Høyst 500 tegn.'],
]);

export const inNorwegian = (message) => norwegian.get(message) ?? message;
