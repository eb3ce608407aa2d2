import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'stream', 'worker_threads', 'zlib', 'util'];

/** Which layer may import which (VS Code's code-layering idea): a forbidden import fails `npm test`. */
function layer(files, forbidden, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
    },
  };
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  layer(
    ['src/domain/**'],
    [...NODE_BUILTINS, 'electron', 'react', 'react-dom', '@tiptap/*', 'lowdb', 'jsdom', 'dompurify', '**/services/**', '**/main/**', '**/renderer/**', '**/cli/**', '**/web/**', '**/api/**'],
    'The domain layer is pure TypeScript: no Node, Electron, DOM libraries or outer layers.',
  ),
  layer(
    ['src/api/**'],
    [...NODE_BUILTINS, 'electron', 'react', 'lowdb', '**/services/**', '**/main/**', '**/renderer/**', '**/cli/**', '**/web/**'],
    'The API layer holds types and schemas only; it runs in every process.',
  ),
  layer(
    ['src/renderer/**'],
    [...NODE_BUILTINS, 'electron', 'lowdb', 'jsdom', '**/services/**', '**/main/**', '**/preload/**', '**/cli/**', '**/web/**'],
    'The renderer runs in a sandboxed page: no Node, no Electron, no services (use the API client).',
  ),
  layer(
    ['src/preload/**'],
    [...NODE_BUILTINS, 'lowdb', '**/services/**', '**/main/**', '**/renderer/**', '**/cli/**', '**/web/**'],
    'The sandboxed preload exposes named API methods only.',
  ),
  layer(
    ['src/services/**'],
    ['electron', 'react', 'react-dom', '@tiptap/react', '**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**', '**/web/**'],
    'Services are plain Node shared by the app, the CLI and the browser host: no Electron, no UI.',
  ),
  layer(
    ['src/cli/**', 'src/web/**'],
    ['electron', '**/main/**', '**/renderer/**', '**/preload/**'],
    'The CLI and the browser host reach the services, never Electron or the renderer.',
  ),
  {
    // Electron's checklist as lint: no turning off isolation or the sandbox, no eval-like APIs anywhere in src.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "Property[key.name='nodeIntegration'][value.value=true]", message: 'nodeIntegration must stay off.' },
        { selector: "Property[key.name='contextIsolation'][value.value=false]", message: 'contextIsolation must stay on.' },
        { selector: "Property[key.name='sandbox'][value.value=false]", message: 'The renderer must stay sandboxed.' },
        { selector: "Property[key.name='webSecurity'][value.value=false]", message: 'webSecurity must stay on.' },
        { selector: "Property[key.name='allowRunningInsecureContent'][value.value=true]", message: 'No insecure content.' },
        { selector: "Property[key.name='webviewTag'][value.value=true]", message: 'No webview tag.' },
        { selector: "CallExpression[callee.property.name='exposeInMainWorld'] > Identifier[name='ipcRenderer']", message: 'Expose named methods, never ipcRenderer.' },
        { selector: "CallExpression[callee.property.name='sendSync']", message: 'No synchronous IPC.' },
      ],
    },
  },
);
