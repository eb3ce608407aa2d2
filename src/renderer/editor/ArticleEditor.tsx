import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import type { Article, ArticleDoc } from '../../domain/articles/article';

interface ArticleEditorProps {
  article: Article;
  onDocChange: (doc: ArticleDoc) => void;
  onTextChange?: (text: string) => void;
}

/** The tiptap editor for one article; re-created when another article is opened. */
export function ArticleEditor({ article, onDocChange, onTextChange }: ArticleEditorProps) {
  const editor = useEditor(
    {
      extensions: [StarterKit.configure({ heading: { levels: [1, 2, 3] }, link: { openOnClick: false, autolink: true } })],
      content: article.doc,
      editorProps: { attributes: { class: 'article-body', spellcheck: 'true', 'aria-label': 'Article text' } },
      onUpdate: ({ editor: current }) => {
        onDocChange(current.getJSON() as ArticleDoc);
        onTextChange?.(current.getText());
      },
      onCreate: ({ editor: current }) => onTextChange?.(current.getText()),
    },
    [article.id],
  );
  useEffect(() => () => editor?.destroy(), [editor]);
  return <EditorContent editor={editor} className="editor-scroll" />;
}
