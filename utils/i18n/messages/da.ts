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

export const da: Record<MessageKey, string> = {
  ...sharedMessages.da,
  ...popupMessages.da,
  ...queueMessages.da,
  ...itemDetailMessages.da,
  ...optionsMessages.da,
  ...dataMessages.da,
  ...statsMessages.da,
  ...toneMessages.da,
  ...savedRepliesMessages.da,
  ...schemaMessages.da,
  ...backgroundMessages.da,
};
