// LinkedIn's newer comment box: TipTap (ProseMirror) with the starter kit.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { exposeEditor } from './harness';

exposeEditor((container) => {
  const editor = new Editor({
    element: container,
    extensions: [StarterKit],
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': 'Text editor for creating comment',
      },
    },
  });
  return {
    editable: editor.view.dom as HTMLElement,
    text: () => editor.getText({ blockSeparator: '\n' }),
  };
});
