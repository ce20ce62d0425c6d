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

export const sv: Record<MessageKey, string> = {
  ...sharedMessages.sv,
  ...popupMessages.sv,
  ...queueMessages.sv,
  ...itemDetailMessages.sv,
  ...optionsMessages.sv,
  ...dataMessages.sv,
  ...statsMessages.sv,
  ...toneMessages.sv,
  ...savedRepliesMessages.sv,
  ...schemaMessages.sv,
  ...backgroundMessages.sv,
};
