/**
 * The company database's validate_doc_update, as the source CouchDB runs (ES5: CouchDB 3's
 * JavaScript engine; a string, so no build step can rewrite it). It decides who may write what:
 *
 * - only members (the member role) and admins (a server admin, the admin role, or a name or
 *   role in the database's admins) write at all;
 * - claim:<itemKey>: written only in the writer's own name; a claim someone else holds cannot be
 *   overwritten; released (deleted) only by its holder or an admin;
 * - resp:<ulid> and guide:<revision>: created in the writer's own name, never changed after
 *   (an admin may delete one);
 * - item:<key>: any member, since every browser records what its pages showed and the merge
 *   settles the versions;
 * - anything else is refused.
 *
 * No rule reads the time or a document's parent revision beyond "does one exist": CouchDB passes
 * the parent revision on replicated writes where the stand-in test server passes the current
 * winner, and claims, the one kind whose rules read oldDoc's content, are never replicated.
 * CouchDB checks revisions before it validates, so a second claim without a revision gets 409;
 * the stand-in validates first, so the rules let such a write through to the same 409.
 */
export function validateDocUpdateSource(memberRole: string, adminRole: string): string {
  return `function (newDoc, oldDoc, userCtx, secObj) {
  var MEMBER_ROLE = ${JSON.stringify(memberRole)};
  var ADMIN_ROLE = ${JSON.stringify(adminRole)};
  var roles = userCtx.roles || [];
  function has(role) { return roles.indexOf(role) !== -1; }
  var admins = (secObj && secObj.admins) || {};
  var isAdmin = has('_admin') || has(ADMIN_ROLE) ||
    (admins.names || []).indexOf(userCtx.name) !== -1 || (admins.roles || []).some(has);
  if (!isAdmin && !has(MEMBER_ROLE)) {
    throw({ unauthorized: 'Only members of the team can write here.' });
  }
  var id = newDoc._id;
  var live = oldDoc && !oldDoc._deleted ? oldDoc : null;
  function startsWith(prefix) { return id.indexOf(prefix) === 0; }
  if (startsWith('_design/')) return;
  if (startsWith('claim:')) {
    if (newDoc._deleted) {
      if (!live || live.by === userCtx.name || isAdmin) return;
      throw({ forbidden: 'Only ' + live.by + ' or an admin can release this claim.' });
    }
    if (newDoc.type !== 'claim' || newDoc.itemKey !== id.slice('claim:'.length)) {
      throw({ forbidden: 'A claim names its item: claim:<itemKey>.' });
    }
    if (newDoc.by !== userCtx.name) {
      throw({ forbidden: 'A claim can only be written in your own name.' });
    }
    if (live && live.by !== userCtx.name) {
      // Without a revision this write cannot succeed: the database answers 409 itself.
      if (!newDoc._rev) return;
      throw({ forbidden: live.by + ' is answering.' });
    }
    return;
  }
  if (startsWith('resp:') || startsWith('guide:')) {
    if (newDoc._deleted) {
      if (isAdmin) return;
      throw({ forbidden: 'Responses and tone-guide revisions are kept; only an admin can delete one.' });
    }
    if (live) throw({ forbidden: 'Responses and tone-guide revisions never change.' });
    if (newDoc.by !== userCtx.name) {
      throw({ forbidden: 'Responses and tone-guide revisions are written in your own name.' });
    }
    return;
  }
  if (startsWith('item:')) return;
  throw({ forbidden: 'Svara does not know this kind of document.' });
}`;
}
