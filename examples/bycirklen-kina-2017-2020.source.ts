// The founding example as reviewable data: Bycirklen's China cooperation 2017–2020, every focus
// area, initiative and action of the status document (shared/seed/000_4cb12f622374a7e1.txt,
// text extracted from a PDF whose three-column table arrives interleaved; read as a grid).
// `npm run example` turns this file into examples/bycirklen-kina-2017-2020.xlsx.
//
// How the text was taken over (the wording is the document's; only PDF artefacts are fixed):
// - PDF line breaks are joined with one space, runs of spaces collapsed to one
//   ("10  året" → "10 året", "COPCAP  april" → "COPCAP april");
// - hyphenation splits at a line end are joined: "uddannelsesdele-/gation" → "uddannelsesdelegation",
//   "idræts-/delegation" → "idrætsdelegation"; a break after a slash is dropped
//   ("aktiviteter/ afrapportering" → "aktiviteter/afrapportering");
// - the symbol is moved out of the text into `status`; a comma that only separated the text from
//   its symbol ("nyt skolenetværk, √", "Effektmåling af indsats, √") is dropped with it;
// - everything else is kept as written: question marks, "evt.", "(?)", capitals, typos
//   ("Forsætte", "københavn"), the ",." ending, the unclosed parenthesis of "Besøg til Wuxi
//   juni 2017 (…", and the parentheses around notes the author put in parentheses;
// - a note is the remark printed under its action (in parentheses or not) and belongs to it.
//
// Status rounds. The document marks two rounds: "(Status september 2019 markeret med rødt)" and
// "Status for disse handlinger og aktiviteter december 2019 er markeret med rødt". The PDF text
// has lost the colours, so each note gets the round its content points to (`round`, with the
// reason beside it). Rule for statuses without a note: the document does not record in which
// round a bare symbol was set, and no noteless action's text pins one round (the latest dates
// they name, e.g. "medio 2019" or "2018/2019", lie before both rounds), so their Statusdato
// stays empty (`round: null`) — they are shown, not marked.
//
// The history (sheet Historik). The plan is the December 2019 round, still open; the history
// holds the closed September 2019 round, so comparing "the last closed round → now" lists
// December's changes. The September snapshot is what the document tells about September:
// - every action and its ID are the same (IDs H-001 … H-040 in the document's order): the
//   document adds and removes nothing between the rounds;
// - the five September notes and every bare symbol already stood as they stand now;
// - the three December notes did not exist yet (`september` on those actions): the two (√)
//   whose note only adds news — the lunch and the Sister Cities Forum, both with events held
//   in 2017/2018 — were already (√) without a note; the sports delegation, whose note is the
//   reason for its (√) (work started, autumn-2020 trip), had no status yet.
// So December changed 3 notes and 1 status: four entries.

import type { StatusSymbol, YearMonth } from "../src/core/model";

export const SEPTEMBER_2019: YearMonth = { year: 2019, month: 9 };
export const DECEMBER_2019: YearMonth = { year: 2019, month: 12 };

export interface ExampleAction {
  text: string;
  /** The symbol as the document gives it; `null` where the document gives none. */
  status: StatusSymbol | null;
  note?: string;
  /** The status round of status and note (column Statusdato); `null` = not recorded. */
  round: YearMonth | null;
  /** Status and note at the September 2019 round, where they differ from now (see above). */
  september?: { status: StatusSymbol | null; note: string };
}

export interface ExampleInitiative {
  name: string;
  actions: ExampleAction[];
}

export interface ExampleFocusArea {
  name: string;
  initiatives: ExampleInitiative[];
}

export const title = "Fokusområder Bycirklens Kina-samarbejde 2017-2020";

/**
 * The paragraphs before the legend, line breaks joined. Left out: the line "Status for disse
 * handlinger og aktiviteter december 2019 er markeret med rødt" (the overview writes it from the
 * current status date) and "(Status september 2019 markeret med rødt)" (the previous round's
 * caption, superseded by the current one).
 */
export const intro = [
  "Efter fornyelsen af samarbejdsaftalen med Wuxi i 2017 blev det besluttet, at prioritere " +
    "følgende 3 områder for Bycirklens Kina-samarbejde 2017-2020:",
  "1. Et overordnet Fokus",
  "2. Skole & Uddannelse",
  "3. Erhverv",
  "Inden for hver af de tre fokusområder har der været arbejdet med nogle konkrete indsatser " +
    "(f.eks. en koncentreret indsats omkring gensidige besøg og relationspleje/relationsopbygning, " +
    "en indsats for at få udarbejdet et nyt grafisk design/materiale for Bycirklen, en indsats til " +
    "at styrke aktiviteter inden for kultur/sport & fritid)",
  "For hver af indsatserne blev der i 2017 opstillet nogle handlinger/aktiviteter, der skulle " +
    "implementeres og igangsættes i den indeværende aftaleperiode.",
  "Nedenfor vises en intern skematisk oversigt over de tre overordnede fokusområder, indsatserne " +
    "under fokusområderne samt de igangsatte handlinger og aktiviteter inden for indsatserne.",
].join("\n");

/** When the September 2019 round was closed (local wall clock, like the overview's clock). */
export const SEPTEMBER_CLOSED = { year: 2019, month: 9, day: 2, hour: 12, minute: 0 };

/** The status round the document's headline marks in red: the current status date. */
export const currentStatusDate: YearMonth = DECEMBER_2019;

export const focusAreas: ExampleFocusArea[] = [
  {
    name: "Overordnet fokus",
    initiatives: [
      {
        name: "Besøg/’Relationspleje’",
        actions: [
          {
            text: "Frokost – kinesisk ambassadør maj 2017(evt.18?+19?)",
            status: "(√)",
            note:
              "Frokostmøder har været afholdt i 2017 og 2018. Det er ikke lykkedes at holde et " +
              "frokostmøde i 2019 pga. ambassadørskifte.",
            // December 2019: it reports that no lunch was held in (all of) 2019 — a verdict on
            // the year that fits the year's last round, after the ambassador had changed.
            round: DECEMBER_2019,
            // September: the lunches of 2017 and 2018 were held, so already (√); no note yet.
            september: { status: "(√)", note: "" },
          },
          {
            text:
              "Besøg af senior Governmental delegation fra Wuxi + 10 young ambassadors aug 2017 – " +
              "officiel fejring/markering af 10 året for samarbejde",
            status: "√",
            round: null,
          },
          {
            text: "Evt.Udd.delegation besøg fra Wuxi juni 2017 (Direktør fra udd.departement i spidsen)",
            status: null,
            note: "Seneste melding er, at delegationen kommer til Bycirklen december 2019",
            // September 2019: it announces December 2019 as a month still to come, so it was
            // written before December — at the September round.
            round: SEPTEMBER_2019,
          },
          {
            text: "Borgmesterbesøg fra Bycirklen til Wuxi forår 2018 (Denmark DAY?/Learning Expo III)",
            status: "√",
            round: null,
          },
          {
            text: "Borgmesterbesøg Wuxi Sister Cities Forum efterår 2018 + 2020",
            status: "(√)",
            note: "(Næste Sister Cities Forum bliver først afholdt i 2021)",
            // December 2019: news that changes the plan ("først" — the 2020 forum slips to
            // 2021) and explains the (√); it is the latest information, nothing ties it to
            // September, so it belongs to the current round.
            round: DECEMBER_2019,
            // September: the 2018 forum visit was made, so already (√); no note yet.
            september: { status: "(√)", note: "" },
          },
        ],
      },
      {
        name: "Nyt Grafisk design/materiale",
        actions: [
          { text: "Nye design til visitkort/PPP", status: "√", round: null },
          { text: "Indhold til standard Bycirklen ppp dk og Eng", status: "√", round: null },
          { text: "Status – hjemmeside?", status: "√", round: null },
          { text: "Genoptryk af brochure?", status: "√", round: null },
        ],
      },
      {
        name: "Kultur",
        actions: [
          {
            text: "Udstilling i forbindelse med markeringen af 10 året for samarbejde i august 2017",
            status: "√",
            round: null,
          },
          { text: "Afu & Axi placering aug 2017", status: "√", round: null },
          {
            text:
              "Organisere en Bycirklen idrætsdelegation til Wuxi (evt. forår 2019) I samarbejde " +
              "med relevante foreninger/kulturforvaltninger",
            // The document prints the (√) after the note; it is the action's status.
            status: "(√)",
            note:
              "(Arbejdet er igangsat for at organisere en tur. Ca. 30 Spillere og ledere fra 4 " +
              "badmintonklubber deltager i et besøg til Wuxi efteråret 2020)",
            // December 2019: the trip planned for spring 2019 has become a concrete autumn-2020
            // visit (30 players from 4 clubs) — later news than the spring-2019 plan, and the
            // reason for the (√); it reads as the current round's report.
            round: DECEMBER_2019,
            // September: the spring-2019 trip had not happened and no work had started; the
            // (√) comes with December's note, so no status yet.
            september: { status: null, note: "" },
          },
          { text: "Kinesisk nytår i Bycirklen 2018/2019", status: "√", round: null },
        ],
      },
      {
        name: "Evaluering",
        actions: [
          { text: "Løbende afrapportering/dokumentation", status: "√", round: null },
          { text: "Evaluering/fornyelse af samarbejdsaftale medio 2019", status: "√", round: null },
        ],
      },
    ],
  },
  {
    name: "Skole & Uddannelse",
    initiatives: [
      {
        name: "Nyt skolenetværk",
        actions: [
          { text: "Sammensætte & støtte op om nyt skolenetværk", status: "√", round: null },
          {
            text:
              "Rammesætte, støtte op om og kvalificere besøg (forslag til besøgsinput, " +
              "aktiviteter/afrapportering og resultater)",
            status: "√",
            round: null,
          },
          // The document writes "(%)"; the parentheses are dropped: "%" is the legend's symbol
          // (the legend has no "(%)").
          { text: "Effektmåling af indsats", status: "%", round: null },
          {
            text: "Besøg af 10 young ambassadors august 2017 – konkurrence og aktiviteter på skoler",
            status: "√",
            round: null,
          },
          {
            text:
              "Udveksling/samarbejde ml. børnehaver på ledelse og pædagogniveau Bycirklen/Wuxi - " +
              "ledet af/involvering af VIA?",
            status: null,
            note: "(Forespørgsel hos VIA forår 2018 – igen forår 2019 – afventer tilbagemelding)",
            // September 2019: the latest step it records is spring 2019 and the answer is still
            // awaited — the state at the first round after that spring.
            round: SEPTEMBER_2019,
          },
        ],
      },
      {
        name: "Uddannelsesnetværk",
        actions: [
          {
            text:
              "Besøg til Wuxi juni 2017 (introducering af ny tovholder, ny partner til HC Ørsted " +
              "Gymnasium, teknisk skole samarbejde, understøtte udd. Institutioners " +
              "partnerrelationer, officiel launching af online kurser, møde med " +
              "innovationscenter/Gen.konsul omkring øget samarbejdsaktiviteter.",
            status: "√",
            round: null,
          },
          { text: "Støtte op omkring relancering af Online kurser", status: "√", round: null },
          {
            text: "Samarbejde omkring besøg af 10 young ambassadors til august 2017",
            status: "√",
            round: null,
          },
          { text: "Effektmåling af indsats", status: "√", round: null },
          {
            text: "Evt. besøg af uddannelsesdelegation med direktør i spidsen 2017",
            status: null,
            note: "Seneste melding er, at delegationen kommer til Bycirklen december 2019",
            // September 2019: like the same remark under "Overordnet fokus", it announces
            // December 2019 as a future month.
            round: SEPTEMBER_2019,
          },
          { text: "Learning Expo III forår 2018", status: "√", round: null },
        ],
      },
    ],
  },
  {
    name: "Erhverv",
    initiatives: [
      {
        name: "Samarbejde med andre aktører",
        actions: [
          {
            text:
              "Koordineret indsats i Greater Copenhagen -samarbejde med Reg H som opfølgning på " +
              "møde med KKR formænd og Reg H formand",
            status: "√",
            round: null,
          },
          {
            text:
              "Fortsætte dialog og samarbejde med øvrige regioner og kommuner omkring styrket " +
              "koordinering og rolle fra UM/national side",
            status: "√",
            round: null,
          },
          {
            text:
              "Repræsentation og deltagelse i national/regionalt netværk på administrativt " +
              "niveau - herunder arbejdsgruppen ledet af Think China",
            status: "√",
            note: "(Arbejdsgruppen er nedlagt primo 2018)",
            // September 2019: it records an early-2018 fact, old news at any 2019 round, so it
            // was added at the first round the document marks, not as December's news.
            round: SEPTEMBER_2019,
          },
          {
            text: "Opbakning til og deltagelse i Denmark Chinese Regions & Cities Forum II i Århus 2018.",
            status: "√",
            round: null,
          },
          { text: "Evaluering af DCBF medlemskab", status: "√", round: null },
        ],
      },
      {
        name: "Døråbner for virksomheder",
        actions: [
          {
            text:
              "Understøtte potentielle og relevante erhvervssamarbejder, - herunder Liqtechs " +
              "planer om demonstrationsprojekt på vand i Wuxi",
            status: "√",
            round: null,
          },
          {
            text: "Fortsætte samarbejde med Reg H og CLEAN omkring jordrensningsaktiviteter i Wuxi",
            status: "√",
            round: null,
          },
          {
            text: "Denmark Day i Wuxi 2018 med fokus på vandrensning (?)",
            status: "%",
            note: "(Aktivitet blev ikke relevant)",
            // September 2019: it closes a 2018 event; the verdict was due at the first 2019
            // round, nothing in it is news for December.
            round: SEPTEMBER_2019,
          },
          {
            text:
              "Besøg hos danske virksomheder i Wuxi/Shanghai under kommende besøg – bedre viden " +
              "om behovet",
            status: "√",
            round: null,
          },
          { text: "Støtte op om Beijing Design Week september 2018", status: "√", round: null },
        ],
      },
      {
        name: "Tiltrækning af investeringer",
        actions: [
          {
            text: "Styrke relation/samarbejde med COPCAP – møde med COPCAP april 2017",
            status: "√",
            round: null,
          },
          {
            text:
              "Forsætte/pleje relation til Wuxi apptec, herunder samarbejde med copcap om at få " +
              "dem til københavn september 2017, besøge shanghai kontor på et kommende besøg,.",
            status: "√",
            round: null,
          },
          {
            text:
              "Samarbejde med Invest in DK- konkret omkring robotteknologi delegation fra Wuxi " +
              "besøg til DK juni 2017",
            status: "√",
            round: null,
          },
          { text: "Geninvitation af kinesisk Handelsattache", status: "√", round: null },
        ],
      },
    ],
  },
];

/** Overview column order: the document's order of the three focus areas. */
export const focusAreaOrder = focusAreas.map((area) => area.name);
