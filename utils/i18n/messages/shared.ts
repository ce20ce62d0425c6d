import type { AreaCatalogue } from './area';

/** Strings more than one page shows: the product name, ages, kinds of item, the unrecognised-page notice, language names, the reply windows and storage problems. */
const en = {
  appName: 'Svara',
  ageJustNow: 'just now',
  ageMinutes: '{n} min',
  ageHours: '{n} h',
  ageDays: '{n} d',
  kindComment: 'Comments',
  kindDm: 'Messages',
  unknownLayout: 'Detection needs an update on this page',
  unknownLayoutDetail: 'Svara did not recognise this page, so it cannot tell who is waiting here.',
  saveFailedQuota:
    'Could not save: the disk is full, or the browser gives Svara no more room. Free some space and try again; nothing was changed.',
  saveFailedDatabase:
    "Could not save: the browser's database refused the change. Reload this page and try again; what was saved before is kept.",
  saveFailedUnknown:
    'Could not save, for a reason Svara does not recognise. Try again; if it keeps happening, the details help a bug report.',
  saveFailedDetails: 'Technical details',
  saveRefused: 'Could not save: {reason}',
  replyWindowStandardLeft: '24-hour window: {time} left',
  replyWindowStandardClosed: '24-hour window closed',
  replyWindowHumanAgentLeft: '7-day human-agent window: {time} left',
  replyWindowExpired: 'Both reply windows have closed',
  languageSv: 'Swedish',
  languageDa: 'Danish',
  languageNb: 'Norwegian',
  languageEn: 'English',
  languageDe: 'German',
  languageFi: 'Finnish',
  storageFull: 'Svara cannot save: your browser’s storage is full.',
  storageFullDetail:
    'Nothing already saved was lost. Free some space, for example by clearing other sites’ data, and Svara saves what it has seen since at its next scan.',
} as const;

const sv: AreaCatalogue<typeof en> = {
  appName: 'Svara',
  ageJustNow: 'nyss',
  ageMinutes: '{n} min',
  ageHours: '{n} tim',
  ageDays: '{n} d',
  kindComment: 'Kommentarer',
  kindDm: 'Meddelanden',
  unknownLayout: 'Identifieringen behöver uppdateras på den här sidan',
  unknownLayoutDetail: 'Svara kände inte igen sidan och kan därför inte se vem som väntar här.',
  saveFailedQuota:
    'Det gick inte att spara: disken är full, eller så ger webbläsaren inte Svara mer utrymme. Frigör lite utrymme och försök igen; inget ändrades.',
  saveFailedDatabase:
    'Det gick inte att spara: webbläsarens databas tog inte emot ändringen. Ladda om sidan och försök igen; det som sparats tidigare finns kvar.',
  saveFailedUnknown:
    'Det gick inte att spara, av ett skäl som Svara inte känner igen. Försök igen; om det fortsätter hjälper detaljerna en felrapport.',
  saveFailedDetails: 'Tekniska detaljer',
  saveRefused: 'Kunde inte spara: {reason}',
  replyWindowStandardLeft: '24-timmarsfönstret: {time} kvar',
  replyWindowStandardClosed: '24-timmarsfönstret har stängt',
  replyWindowHumanAgentLeft: '7-dagarsfönstret för manuella svar: {time} kvar',
  replyWindowExpired: 'Båda svarsfönstren har stängt',
  languageSv: 'Svenska',
  languageDa: 'Danska',
  languageNb: 'Norska',
  languageEn: 'Engelska',
  languageDe: 'Tyska',
  languageFi: 'Finska',
  storageFull: 'Svara kan inte spara: webbläsarens lagringsutrymme är fullt.',
  storageFullDetail:
    'Inget som redan var sparat har gått förlorat. Frigör utrymme, till exempel genom att rensa andra webbplatsers data, så sparar Svara det som setts sedan dess vid nästa genomsökning.',
};

const da: AreaCatalogue<typeof en> = {
  appName: 'Svara',
  ageJustNow: 'lige nu',
  ageMinutes: '{n} min.',
  ageHours: '{n} t.',
  ageDays: '{n} d.',
  kindComment: 'Kommentarer',
  kindDm: 'Beskeder',
  unknownLayout: 'Genkendelsen skal opdateres på denne side',
  unknownLayoutDetail: 'Svara genkendte ikke siden og kan derfor ikke se, hvem der venter her.',
  saveFailedQuota:
    'Kunne ikke gemme: disken er fuld, eller browseren giver ikke Svara mere plads. Frigør lidt plads, og prøv igen; intet blev ændret.',
  saveFailedDatabase:
    'Kunne ikke gemme: browserens database afviste ændringen. Genindlæs siden, og prøv igen; det, der blev gemt før, er bevaret.',
  saveFailedUnknown:
    'Kunne ikke gemme, af en grund som Svara ikke kender. Prøv igen; hvis det bliver ved, hjælper detaljerne en fejlrapport.',
  saveFailedDetails: 'Tekniske detaljer',
  saveRefused: 'Kunne ikke gemme: {reason}',
  replyWindowStandardLeft: '24-timersvinduet: {time} tilbage',
  replyWindowStandardClosed: '24-timersvinduet er lukket',
  replyWindowHumanAgentLeft: '7-dagesvinduet for manuelle svar: {time} tilbage',
  replyWindowExpired: 'Begge svarvinduer er lukket',
  languageSv: 'Svensk',
  languageDa: 'Dansk',
  languageNb: 'Norsk',
  languageEn: 'Engelsk',
  languageDe: 'Tysk',
  languageFi: 'Finsk',
  storageFull: 'Svara kan ikke gemme: browserens lagerplads er fuld.',
  storageFullDetail:
    'Intet, der allerede var gemt, er gået tabt. Frigør plads, for eksempel ved at rydde andre websteders data, så gemmer Svara det, der er set siden, ved næste gennemgang.',
};

const nb: AreaCatalogue<typeof en> = {
  appName: 'Svara',
  ageJustNow: 'akkurat nå',
  ageMinutes: '{n} min',
  ageHours: '{n} t',
  ageDays: '{n} d',
  kindComment: 'Kommentarer',
  kindDm: 'Meldinger',
  unknownLayout: 'Gjenkjenningen må oppdateres på denne siden',
  unknownLayoutDetail: 'Svara kjente ikke igjen siden og kan derfor ikke se hvem som venter her.',
  saveFailedQuota:
    'Kunne ikke lagre: disken er full, eller nettleseren gir ikke Svara mer plass. Frigjør litt plass og prøv igjen; ingenting ble endret.',
  saveFailedDatabase:
    'Kunne ikke lagre: nettleserens database avviste endringen. Last inn siden på nytt og prøv igjen; det som ble lagret før, er beholdt.',
  saveFailedUnknown:
    'Kunne ikke lagre, av en grunn Svara ikke kjenner igjen. Prøv igjen; hvis det fortsetter, hjelper detaljene en feilrapport.',
  saveFailedDetails: 'Tekniske detaljer',
  saveRefused: 'Kunne ikke lagre: {reason}',
  replyWindowStandardLeft: '24-timersvinduet: {time} igjen',
  replyWindowStandardClosed: '24-timersvinduet er stengt',
  replyWindowHumanAgentLeft: '7-dagersvinduet for manuelle svar: {time} igjen',
  replyWindowExpired: 'Begge svarvinduene er stengt',
  languageSv: 'Svensk',
  languageDa: 'Dansk',
  languageNb: 'Norsk',
  languageEn: 'Engelsk',
  languageDe: 'Tysk',
  languageFi: 'Finsk',
  storageFull: 'Svara kan ikke lagre: nettleserens lagringsplass er full.',
  storageFullDetail:
    'Ingenting som allerede var lagret, har gått tapt. Frigjør plass, for eksempel ved å slette andre nettsteders data, så lagrer Svara det som er sett siden, ved neste gjennomgang.',
};

export const sharedMessages = { en, sv, da, nb };
