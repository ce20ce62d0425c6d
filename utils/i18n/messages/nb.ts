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
import type { MessageKey } from './en';

export const nb: Record<MessageKey, string> = {
  ...sharedMessages.nb,
  ...popupMessages.nb,
  ...queueMessages.nb,
  ...itemDetailMessages.nb,
  ...optionsMessages.nb,
  ...dataMessages.nb,
  ...statsMessages.nb,
  ...toneMessages.nb,
  ...savedRepliesMessages.nb,
  ...schemaMessages.nb,
  ...backgroundMessages.nb,
};
