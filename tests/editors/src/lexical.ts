// Facebook's comment box: Lexical with rich text, on a root marked up as Facebook renders it.
import { $createParagraphNode, $getRoot, createEditor } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { exposeEditor } from './harness';

exposeEditor((container) => {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.setAttribute('role', 'textbox');
  root.setAttribute('spellcheck', 'true');
  root.setAttribute('tabindex', '0');
  root.setAttribute('aria-label', 'Write a comment…');
  root.setAttribute('aria-placeholder', 'Write a comment…');
  root.style.whiteSpace = 'pre-wrap';
  container.append(root);

  const editor = createEditor({
    namespace: 'svara-test-facebook-comment',
    nodes: [HeadingNode, QuoteNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(root); // also sets data-lexical-editor="true"
  registerRichText(editor);
  editor.update(() => $getRoot().append($createParagraphNode()), { discrete: true });

  return {
    editable: root,
    // Root.getTextContent() separates paragraphs with "\n\n"; one line per block reads as typed.
    text: () =>
      editor.getEditorState().read(() =>
        $getRoot()
          .getChildren()
          .map((block) => block.getTextContent())
          .join('\n'),
      ),
  };
});
