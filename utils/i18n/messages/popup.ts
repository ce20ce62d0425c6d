import type { AreaCatalogue } from './area';

/** The popup: the waiting count, ages, reply windows and the way to the panel. */
const en = {
  popupWaiting: 'Waiting for an answer',
  popupNobodyWaiting: 'Nobody is waiting. Well done.',
  popupOldest: 'Oldest waiting: {age}',
  popupOpenPanel: 'Open the reply panel',
  popupOptions: 'Settings',
  popupCrisesWaiting: 'Crises waiting: {n}',
  popupPerKindCaption: 'Waiting per platform and kind',
  popupAgesTitle: 'How long they have waited',
  popupAgeUnder15Minutes: 'Under 15 min',
  popupAgeUnder24Hours: 'Under 24 h',
  popupAgeOlder: '24 h or more',
  popupReplyWindowsTitle: 'Facebook messages: time left to reply',
  popupReplyWindowsMore: 'and {n} more in the reply panel',
} as const;

const sv: AreaCatalogue<typeof en> = {
  popupWaiting: 'Väntar på svar',
  popupNobodyWaiting: 'Ingen väntar. Bra jobbat.',
  popupOldest: 'Längst väntan: {age}',
  popupOpenPanel: 'Öppna svarspanelen',
  popupOptions: 'Inställningar',
  popupCrisesWaiting: 'Kriser som väntar: {n}',
  popupPerKindCaption: 'Väntande per plattform och typ',
  popupAgesTitle: 'Hur länge de har väntat',
  popupAgeUnder15Minutes: 'Under 15 min',
  popupAgeUnder24Hours: 'Under 24 tim',
  popupAgeOlder: '24 tim eller mer',
  popupReplyWindowsTitle: 'Facebook-meddelanden: tid kvar att svara',
  popupReplyWindowsMore: 'och {n} till i svarspanelen',
};

const da: AreaCatalogue<typeof en> = {
  popupWaiting: 'Venter på svar',
  popupNobodyWaiting: 'Ingen venter. Godt gået.',
  popupOldest: 'Længst ventetid: {age}',
  popupOpenPanel: 'Åbn svarpanelet',
  popupOptions: 'Indstillinger',
  popupCrisesWaiting: 'Kriser der venter: {n}',
  popupPerKindCaption: 'Ventende pr. platform og type',
  popupAgesTitle: 'Hvor længe de har ventet',
  popupAgeUnder15Minutes: 'Under 15 min.',
  popupAgeUnder24Hours: 'Under 24 t.',
  popupAgeOlder: '24 t. eller mere',
  popupReplyWindowsTitle: 'Facebook-beskeder: tid tilbage til at svare',
  popupReplyWindowsMore: 'og {n} mere i svarpanelet',
};

const nb: AreaCatalogue<typeof en> = {
  popupWaiting: 'Venter på svar',
  popupNobodyWaiting: 'Ingen venter. Godt jobbet.',
  popupOldest: 'Lengst ventetid: {age}',
  popupOpenPanel: 'Åpne svarpanelet',
  popupOptions: 'Innstillinger',
  popupCrisesWaiting: 'Kriser som venter: {n}',
  popupPerKindCaption: 'Ventende per plattform og type',
  popupAgesTitle: 'Hvor lenge de har ventet',
  popupAgeUnder15Minutes: 'Under 15 min',
  popupAgeUnder24Hours: 'Under 24 t',
  popupAgeOlder: '24 t eller mer',
  popupReplyWindowsTitle: 'Facebook-meldinger: tid igjen til å svare',
  popupReplyWindowsMore: 'og {n} til i svarpanelet',
};

export const popupMessages = { en, sv, da, nb };
