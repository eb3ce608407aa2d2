import { useEditor, type Editor } from '@tiptap/react';
import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { Article, ArticleDoc } from '../../domain/articles/article';
import { FindReplace } from './extensions/find-replace';
import { TypedNoBreakSpace } from './extensions/typed-no-break-space';

interface EditorHandlers {
  /** Called on every change with a getter: serialising 10,000 words per keystroke would cost a frame. */
  onDocChange: (getDoc: () => ArticleDoc) => void;
  onTextChange: (getText: () => string) => void;
}

/**
 * The extensions every article editor has, among them every node a stored article may hold; Racedesk's own
 * tools (tags, checks) are added by `extra`.
 */
export function baseExtensions(): Extensions {
  return [
    StarterKit.configure({ heading: { levels: [1, 2, 3] }, link: { openOnClick: false, autolink: true } }),
    FindReplace,
    TypedNoBreakSpace,
  ];
}

function isEmpty(doc: ArticleDoc): boolean {
  return doc.content.every((node) => !node.content || node.content.length === 0);
}

/** Creates the tiptap editor for one article; a new one is made when another article is opened. */
export function useArticleEditor(article: Article, initialDoc: ArticleDoc, extra: Extensions, handlers: EditorHandlers): Editor | null {
  return useEditor(
    {
      extensions: [...baseExtensions(), ...extra],
      content: initialDoc,
      // A new, empty article takes the caret, so the writer who pressed New can start typing; an opened one does not.
      // 'end', not 'start': tiptap focuses a tick after creating, and a key typed in that tick must stay before the caret.
      autofocus: isEmpty(initialDoc) ? 'end' : false,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: { class: 'article-body', spellcheck: 'true', 'aria-label': 'Article text' } },
      onUpdate: ({ editor }) => {
        handlers.onDocChange(() => editor.getJSON() as ArticleDoc);
        handlers.onTextChange(() => editor.getText());
      },
      onCreate: ({ editor }) => handlers.onTextChange(() => editor.getText()),
    },
    [article.id],
  );
}
