// @ts-check
// Tilgjengelighetserklæring, after the model of Tilsynet for universell utforming av ikt (uutilsynet).
import { h, render } from '../dom.js';

export async function show() {
  render(
    h('h1', {}, 'Tilgjengelighetserklæring'),
    h(
      'p',
      {},
      'Helsefellesskap Innlandet er forpliktet til å lage nettløsninger som alle kan bruke, uavhengig av funksjonsevne. ',
      'Denne erklæringen gjelder nettløsningen for Helsefellesskap Innlandet – årsplan, møter, innkallinger, forfall og varsler – ',
      'og er laget etter forskrift om universell utforming av IKT-løsninger og mønsteret fra Tilsynet for universell utforming av ikt (uutilsynet).',
    ),

    h('h2', {}, 'Samsvarsstatus'),
    h(
      'p',
      {},
      'Nettløsningen er delvis i samsvar med Web Content Accessibility Guidelines (WCAG) 2.1 på nivå AA. ',
      'Det betyr at de aller fleste kravene er oppfylt, men at det finnes avvik, som er beskrevet nedenfor.',
    ),

    h('h2', {}, 'Slik har vi vurdert løsningen'),
    h(
      'ul',
      {},
      h(
        'li',
        {},
        'Alle sider testes automatisk med axe-core mot WCAG 2.1 A og AA hver gang løsningen bygges, i en nettleser både i full bredde og i 360 piksler bredde (mobil).',
      ),
      h(
        'li',
        {},
        'Vi har kontrollert manuelt at alt kan brukes med tastatur, at fokus alltid er synlig, at alle skjemafelt har ledetekst, og at feilmeldinger vises ved feltet de gjelder og leses opp av skjermleser.',
      ),
      h('li', {}, 'Fargene har kontrast på minst 4,5:1 for tekst og 3:1 for grafiske elementer og fokusmarkering.'),
    ),

    h('h2', {}, 'Kjente avvik'),
    h(
      'ul',
      {},
      h(
        'li',
        {},
        'Vedlegg som lastes opp av brukerne (Word-, Excel- og PDF-filer) er ikke alltid universelt utformet. Vi jobber med å gjøre innkallinger og protokoller som løsningen selv lager, tilgjengelige. (WCAG 1.1.1, 1.3.1)',
      ),
      h(
        'li',
        {},
        'Tabeller i årsplanen kan kreve sideveis rulling på smale skjermer. Tabellene kan rulles med tastatur. (WCAG 1.4.10)',
      ),
      h(
        'li',
        {},
        'Innloggingen for utviklingsmiljøet bruker demobrukere. I produksjon skjer innloggingen gjennom ID-porten, som har sin egen tilgjengelighetserklæring.',
      ),
      h(
        'li',
        {},
        'Løsningen er ikke testet med alle kombinasjoner av skjermleser og nettleser. Vi har ikke gjennomført brukertest med personer med nedsatt funksjonsevne ennå.',
      ),
    ),

    h('h2', {}, 'Tilbakemelding og kontakt'),
    h(
      'p',
      {},
      'Opplever du problemer med å bruke løsningen, eller trenger du innhold i et annet format? Ta kontakt med sekretariatet for Helsefellesskap Innlandet:',
    ),
    h(
      'ul',
      {},
      h(
        'li',
        {},
        'E-post: ',
        h('a', { href: 'mailto:helsefellesskap@sykehuset-innlandet.no' }, 'helsefellesskap@sykehuset-innlandet.no'),
      ),
      h('li', {}, 'Vi svarer normalt innen fem virkedager.'),
    ),

    h('h2', {}, 'Klage og tilsyn'),
    h(
      'p',
      {},
      'Hvis du ikke får svar fra oss, eller ikke er fornøyd med svaret, kan du melde fra til Tilsynet for universell utforming av ikt (uutilsynet). ',
      'Tilsynet fører kontroll med at nettløsninger følger kravene til universell utforming.',
    ),
    h(
      'p',
      {},
      h(
        'a',
        { href: 'https://www.uutilsynet.no/klage-pa-mangelfull-uu/' },
        'Meld fra om manglende universell utforming til uutilsynet',
      ),
    ),

    h('h2', {}, 'Om erklæringen'),
    h(
      'p',
      {},
      'Erklæringen ble laget 23. november 2026 og gjennomgås minst én gang i året, og når løsningen endres vesentlig.',
    ),
  );
}
