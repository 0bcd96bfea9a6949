/**
 * Marks the top-level initialisers of a module as pure, so a bundler drops the ones nothing
 * uses. @samverkan/core keeps its labels beside its zod schemas (`meetingStatusLabels` next to
 * `MeetingStatus`): a widget that shows a label would otherwise carry every schema of that
 * module, and with them zod. Building a schema has no effect outside it, so a schema no one
 * reads can go.
 *
 * Each initialiser that calls anything is wrapped as `/* @__PURE__ *\/ (() => (init))()`: an
 * annotation on the call alone would not do, since a bundler keeps a pure call whose arguments
 * spread an array (`z.string().check(...idChecks)`). Used, the wrapper is inlined again.
 * Function bodies are left alone: there a call's result may be unused on purpose.
 */
import ts from 'typescript';

function callsSomething(node) {
  let found = false;
  const visit = (child) => {
    if (found || ts.isFunctionLike(child) || ts.isClassLike(child)) return;
    if (ts.isAwaitExpression(child)) throw new Error('top-level await in an initialiser');
    if (ts.isCallExpression(child) || ts.isNewExpression(child) || ts.isTaggedTemplateExpression(child)) found = true;
    else ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

/** `source` with every top-level variable initialiser that calls something wrapped as a pure call. */
export function pureInitialisers(source, fileName = 'module.js') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const edits = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (!init || !callsSomething(init)) continue;
      edits.push({ start: init.getStart(file), end: init.getEnd() });
    }
  }
  let out = source;
  for (const { start, end } of edits.sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, start)}/* @__PURE__ */ (() => (${out.slice(start, end)}))()${out.slice(end)}`;
  }
  return out;
}
