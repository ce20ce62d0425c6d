import type { AreaCatalogue } from './area';

/** The options page’s data section: export, backup and restore, erasure, retention. */
const en = {
  dataTitle: 'Your data',
  dataExportTitle: 'Export',
  dataExportCsv: 'Download the response log (CSV)',
  dataExportBackup: 'Download a full backup (JSON)',
  dataRestoreTitle: 'Restore',
  dataRestoreHelp:
    'Restoring adds what the backup holds and this browser lacks. Nothing is changed unless the whole file is valid.',
  dataRestoreFile: 'Backup file',
  dataRestored:
    'Backup restored: {items} items, {responses} log entries, {people} people and {toneGuides} tone guide versions added.',
  dataRestoreRefused: 'Nothing was restored. Problems in the file: {n}',
  dataProblemWholeFile: 'whole file',
  backupNotJson: 'The file is not JSON. Choose a backup downloaded from Svara.',
  dataQuotaFull: 'The browser has no room left for Svara’s data. Nothing was changed.',
  dataEraseTitle: 'Erase',
  dataErasePersonLabel: 'Person',
  dataChoosePerson: 'Choose a person…',
  dataPersonOption: '{name} ({platform})',
  dataErasePerson: 'Erase this person’s data',
  dataErasePersonConfirm:
    'Erase everything Svara stores about {name}: their comments, messages and the log entries about them? This cannot be undone.',
  dataEraseAll: 'Erase all data',
  dataEraseAllConfirm:
    'Erase all items, the response log, people, tone guides and settings? Download a backup first if you may need them. This cannot be undone.',
  dataEraseConfirmButton: 'Yes, erase',
  dataCancel: 'Cancel',
  dataErasedPerson: 'Erased {name}: {items} items and {responses} log entries.',
  dataErasedAll: 'All data was erased.',
  dataRetentionTitle: 'How long data is kept',
  dataRetentionLabel:
    'Delete log entries, items and people older than this many months (0 keeps all)',
  dataRetentionSave: 'Save',
  dataRetentionSaved: 'Log entries, items and people older than {n} months will be deleted.',
  dataRetentionSavedForever: 'Everything is kept.',
  dataRetentionPruned:
    'Deleted now. Log entries: {responses}, items: {items}, people: {people}, corrections: {corrections}.',
  dataRetentionLastAuto:
    'Last automatic clean-up on {date}. Deleted log entries: {responses}, items: {items}, people: {people}, corrections: {corrections}.',
  dataRetentionInvalid: 'Enter a whole number of months from 0 to 120.',
  backupDuplicateKey: 'The key "{key}" appears more than once',
  backupTooLarge:
    'The file is larger than {megabytes} MB, the most Svara restores. Choose a backup downloaded from Svara.',
  backupUnknownField:
    'Not a field of a Svara backup; remove it or choose a backup downloaded from Svara',
  backupDemoSettings:
    'Demo mode belongs to the demo build and is never restored; set "demo" to false',
  backupDemoOwner: 'A demo identity is never restored; remove it or set its source to "options"',
} as const;

const sv: AreaCatalogue<typeof en> = {
  dataTitle: 'Dina data',
  dataExportTitle: 'Exportera',
  dataExportCsv: 'Ladda ner svarsloggen (CSV)',
  dataExportBackup: 'Ladda ner en fullständig säkerhetskopia (JSON)',
  dataRestoreTitle: 'Återställ',
  dataRestoreHelp:
    'Återställningen lägger till det som säkerhetskopian har och den här webbläsaren saknar. Inget ändras om inte hela filen är giltig.',
  dataRestoreFile: 'Säkerhetskopia',
  dataRestored:
    'Säkerhetskopian är återställd: {items} inlägg, {responses} loggposter, {people} personer och {toneGuides} versioner av tonguiden har lagts till.',
  dataRestoreRefused: 'Inget återställdes. Problem i filen: {n}',
  dataProblemWholeFile: 'hela filen',
  backupNotJson: 'Filen är inte JSON. Välj en säkerhetskopia som laddats ner från Svara.',
  dataQuotaFull: 'Webbläsaren har inte plats för mer data från Svara. Inget ändrades.',
  dataEraseTitle: 'Radera',
  dataErasePersonLabel: 'Person',
  dataChoosePerson: 'Välj en person…',
  dataPersonOption: '{name} ({platform})',
  dataErasePerson: 'Radera personens data',
  dataErasePersonConfirm:
    'Radera allt Svara har sparat om {name}: kommentarer, meddelanden och loggposterna om dem? Det går inte att ångra.',
  dataEraseAll: 'Radera all data',
  dataEraseAllConfirm:
    'Radera alla inlägg, svarsloggen, personer, tonguider och inställningar? Ladda ner en säkerhetskopia först om du kan behöva dem. Det går inte att ångra.',
  dataEraseConfirmButton: 'Ja, radera',
  dataCancel: 'Avbryt',
  dataErasedPerson: '{name} är raderad: {items} inlägg och {responses} loggposter.',
  dataErasedAll: 'All data har raderats.',
  dataRetentionTitle: 'Hur länge data sparas',
  dataRetentionLabel:
    'Radera loggposter, inlägg och personer äldre än så här många månader (0 sparar allt)',
  dataRetentionSave: 'Spara',
  dataRetentionSaved: 'Loggposter, inlägg och personer äldre än {n} månader raderas.',
  dataRetentionSavedForever: 'Allt sparas.',
  dataRetentionPruned:
    'Raderat nu. Loggposter: {responses}, inlägg: {items}, personer: {people}, rättelser: {corrections}.',
  dataRetentionLastAuto:
    'Senaste automatiska rensningen den {date}. Raderade loggposter: {responses}, inlägg: {items}, personer: {people}, rättelser: {corrections}.',
  dataRetentionInvalid: 'Ange ett helt antal månader från 0 till 120.',
  backupDuplicateKey: 'Nyckeln "{key}" förekommer mer än en gång',
  backupTooLarge:
    'Filen är större än {megabytes} MB, det mesta Svara återställer. Välj en säkerhetskopia som laddats ner från Svara.',
  backupUnknownField:
    'Inget fält i en säkerhetskopia från Svara; ta bort det eller välj en säkerhetskopia som laddats ner från Svara',
  backupDemoSettings:
    'Demoläget hör till demoversionen och återställs aldrig; sätt "demo" till false',
  backupDemoOwner:
    'En demoidentitet återställs aldrig; ta bort den eller sätt dess källa till "options"',
};

const da: AreaCatalogue<typeof en> = {
  dataTitle: 'Dine data',
  dataExportTitle: 'Eksportér',
  dataExportCsv: 'Hent svarloggen (CSV)',
  dataExportBackup: 'Hent en fuld sikkerhedskopi (JSON)',
  dataRestoreTitle: 'Gendan',
  dataRestoreHelp:
    'Gendannelsen tilføjer det, sikkerhedskopien har, og som denne browser mangler. Intet ændres, medmindre hele filen er gyldig.',
  dataRestoreFile: 'Sikkerhedskopi',
  dataRestored:
    'Sikkerhedskopien er gendannet: {items} opslag, {responses} logposter, {people} personer og {toneGuides} versioner af toneguiden er tilføjet.',
  dataRestoreRefused: 'Intet blev gendannet. Problemer i filen: {n}',
  dataProblemWholeFile: 'hele filen',
  backupNotJson: 'Filen er ikke JSON. Vælg en sikkerhedskopi, der er hentet fra Svara.',
  dataQuotaFull: 'Browseren har ikke mere plads til Svaras data. Intet blev ændret.',
  dataEraseTitle: 'Slet',
  dataErasePersonLabel: 'Person',
  dataChoosePerson: 'Vælg en person…',
  dataPersonOption: '{name} ({platform})',
  dataErasePerson: 'Slet personens data',
  dataErasePersonConfirm:
    'Slet alt, hvad Svara har gemt om {name}: kommentarer, beskeder og logposterne om dem? Det kan ikke fortrydes.',
  dataEraseAll: 'Slet alle data',
  dataEraseAllConfirm:
    'Slet alle opslag, svarloggen, personer, toneguider og indstillinger? Hent en sikkerhedskopi først, hvis du kan få brug for dem. Det kan ikke fortrydes.',
  dataEraseConfirmButton: 'Ja, slet',
  dataCancel: 'Annullér',
  dataErasedPerson: '{name} er slettet: {items} opslag og {responses} logposter.',
  dataErasedAll: 'Alle data er slettet.',
  dataRetentionTitle: 'Hvor længe data gemmes',
  dataRetentionLabel:
    'Slet logposter, opslag og personer, der er ældre end så mange måneder (0 gemmer alt)',
  dataRetentionSave: 'Gem',
  dataRetentionSaved:
    'Logposter, opslag og personer, der er ældre end {n} måneder, bliver slettet.',
  dataRetentionSavedForever: 'Alt gemmes.',
  dataRetentionPruned:
    'Slettet nu. Logposter: {responses}, opslag: {items}, personer: {people}, rettelser: {corrections}.',
  dataRetentionLastAuto:
    'Seneste automatiske oprydning den {date}. Slettede logposter: {responses}, opslag: {items}, personer: {people}, rettelser: {corrections}.',
  dataRetentionInvalid: 'Angiv et helt antal måneder fra 0 til 120.',
  backupDuplicateKey: 'Nøglen "{key}" forekommer mere end én gang',
  backupTooLarge:
    'Filen er større end {megabytes} MB, det meste Svara gendanner. Vælg en sikkerhedskopi, der er hentet fra Svara.',
  backupUnknownField:
    'Ikke et felt i en sikkerhedskopi fra Svara; fjern det, eller vælg en sikkerhedskopi, der er hentet fra Svara',
  backupDemoSettings:
    'Demotilstanden hører til demoversionen og gendannes aldrig; sæt "demo" til false',
  backupDemoOwner:
    'En demoidentitet gendannes aldrig; fjern den, eller sæt dens kilde til "options"',
};

const nb: AreaCatalogue<typeof en> = {
  dataTitle: 'Dine data',
  dataExportTitle: 'Eksporter',
  dataExportCsv: 'Last ned svarloggen (CSV)',
  dataExportBackup: 'Last ned en full sikkerhetskopi (JSON)',
  dataRestoreTitle: 'Gjenopprett',
  dataRestoreHelp:
    'Gjenopprettingen legger til det sikkerhetskopien har og denne nettleseren mangler. Ingenting endres med mindre hele filen er gyldig.',
  dataRestoreFile: 'Sikkerhetskopi',
  dataRestored:
    'Sikkerhetskopien er gjenopprettet: {items} innlegg, {responses} loggføringer, {people} personer og {toneGuides} versjoner av toneguiden er lagt til.',
  dataRestoreRefused: 'Ingenting ble gjenopprettet. Problemer i filen: {n}',
  dataProblemWholeFile: 'hele filen',
  backupNotJson: 'Filen er ikke JSON. Velg en sikkerhetskopi som er lastet ned fra Svara.',
  dataQuotaFull: 'Nettleseren har ikke mer plass til Svaras data. Ingenting ble endret.',
  dataEraseTitle: 'Slett',
  dataErasePersonLabel: 'Person',
  dataChoosePerson: 'Velg en person…',
  dataPersonOption: '{name} ({platform})',
  dataErasePerson: 'Slett personens data',
  dataErasePersonConfirm:
    'Slette alt Svara har lagret om {name}: kommentarer, meldinger og loggføringene om dem? Dette kan ikke angres.',
  dataEraseAll: 'Slett alle data',
  dataEraseAllConfirm:
    'Slette alle innlegg, svarloggen, personer, toneguider og innstillinger? Last ned en sikkerhetskopi først hvis du kan trenge dem. Dette kan ikke angres.',
  dataEraseConfirmButton: 'Ja, slett',
  dataCancel: 'Avbryt',
  dataErasedPerson: '{name} er slettet: {items} innlegg og {responses} loggføringer.',
  dataErasedAll: 'Alle data er slettet.',
  dataRetentionTitle: 'Hvor lenge data lagres',
  dataRetentionLabel:
    'Slett loggføringer, innlegg og personer eldre enn så mange måneder (0 beholder alt)',
  dataRetentionSave: 'Lagre',
  dataRetentionSaved: 'Loggføringer, innlegg og personer eldre enn {n} måneder blir slettet.',
  dataRetentionSavedForever: 'Alt beholdes.',
  dataRetentionPruned:
    'Slettet nå. Loggføringer: {responses}, innlegg: {items}, personer: {people}, rettelser: {corrections}.',
  dataRetentionLastAuto:
    'Siste automatiske opprydding den {date}. Slettede loggføringer: {responses}, innlegg: {items}, personer: {people}, rettelser: {corrections}.',
  dataRetentionInvalid: 'Skriv inn et helt antall måneder fra 0 til 120.',
  backupDuplicateKey: 'Nøkkelen "{key}" forekommer mer enn én gang',
  backupTooLarge:
    'Filen er større enn {megabytes} MB, det meste Svara gjenoppretter. Velg en sikkerhetskopi som er lastet ned fra Svara.',
  backupUnknownField:
    'Ikke et felt i en sikkerhetskopi fra Svara; fjern det eller velg en sikkerhetskopi som er lastet ned fra Svara',
  backupDemoSettings:
    'Demomodusen hører til demoversjonen og gjenopprettes aldri; sett "demo" til false',
  backupDemoOwner:
    'En demoidentitet gjenopprettes aldri; fjern den eller sett kilden til "options"',
};

export const dataMessages = { en, sv, da, nb };
