import { defineExtensionMessaging } from '@webext-core/messaging';
import type {
  FillRequest,
  FillResult,
  ItemRef,
  OwnersReply,
  PageScan,
  RevealResult,
  ScanAck,
  SnapshotReply,
} from './schemas';

/**
 * The one message map of Svara. Names say which way a message goes:
 * `page/*` content → background, `ui/*` extension page → background, `tab/*` background → content.
 * Payloads are typed here for the sender and parsed with the Zod schemas in ./schemas by the
 * receiver, since the other side may be a compromised page.
 */
interface ProtocolMap {
  'page/scanned'(scan: PageScan): ScanAck;
  'page/owners'(): OwnersReply;
  'ui/fill'(request: FillRequest): FillResult;
  'ui/reveal'(ref: ItemRef): RevealResult;
  'ui/settings-changed'(): void;
  /** A person changed items from an extension page (dismiss): the badge is recounted. */
  'ui/items-changed'(): void;
  'ui/snapshot'(): SnapshotReply;
  'tab/fill'(request: FillRequest): FillResult;
  'tab/reveal'(ref: ItemRef): RevealResult;
  'tab/owners-changed'(reply: OwnersReply): void;
  'tab/snapshot'(): SnapshotReply;
}

export const { sendMessage, onMessage, removeAllListeners } =
  defineExtensionMessaging<ProtocolMap>();
