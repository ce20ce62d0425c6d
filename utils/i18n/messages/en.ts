import { backgroundMessages } from './background';
import { dataMessages } from './data';
import { itemDetailMessages } from './item-detail';
import { optionsMessages } from './options';
import { popupMessages } from './popup';
import { queueMessages } from './queue';
import { savedRepliesMessages } from './saved-replies';
import { schemaMessages } from './schema';
import { sharedMessages } from './shared';
import { statsMessages } from './stats';
import { toneMessages } from './tone';

/**
 * The source catalogue: every UI string of Svara, kept per page or area in the files beside this
 * one (each with all four languages). Other languages must have every key.
 */
export const en = {
  ...sharedMessages.en,
  ...popupMessages.en,
  ...queueMessages.en,
  ...itemDetailMessages.en,
  ...optionsMessages.en,
  ...dataMessages.en,
  ...statsMessages.en,
  ...toneMessages.en,
  ...savedRepliesMessages.en,
  ...schemaMessages.en,
  ...backgroundMessages.en,
} as const;

export type MessageKey = keyof typeof en;
