// LinkedIn's older comment box: Quill 2 with LinkedIn's label on `.ql-editor`.
import Quill from 'quill';
import { exposeEditor } from './harness';

exposeEditor((container) => {
  container.className = 'comments-comment-box-comment__text-editor';
  const quill = new Quill(container, {
    modules: { toolbar: false },
    placeholder: 'Add a comment…',
  });
  const editable = quill.root;
  editable.setAttribute('aria-label', 'Text editor for creating content');
  editable.setAttribute('role', 'textbox');
  editable.setAttribute('aria-multiline', 'true');
  return {
    editable,
    // Quill always ends its document with one newline that nobody typed.
    text: () => quill.getText().replace(/\n$/, ''),
  };
});
