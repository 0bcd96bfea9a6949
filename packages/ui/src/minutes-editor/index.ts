export { MinutesEditor, type MinutesEditorProps } from './minutes-editor.js';
