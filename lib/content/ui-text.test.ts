import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { checkContent } from './check';

/**
 * Runs the plain-words check over every piece of text in the code that a person can read: JSX text, and
 * string literals that look like sentences (a capital letter, then words) in the app, components, lib and
 * the demo data. Class names, keys and paths are not prose and are skipped. A failure names the file, line
 * and problem, so the fix is easy to find.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const FOLDERS = ['app', 'components', 'lib', 'db/seed'];
const SKIP_FILE = /(\.test\.tsx?|\.d\.ts|lib\/content\/check\.ts)$/;
const NOT_PROSE_ATTRIBUTES = new Set(['className', 'href', 'src', 'id', 'name', 'type', 'value', 'key', 'rel', 'as', 'method', 'autoComplete', 'inputMode', 'pattern', 'lang', 'd', 'viewBox', 'points', 'transform']);

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !SKIP_FILE.test(path));
}

function looksLikeProse(text: string): boolean {
  return /^[A-Z“‘"'(£]/.test(text) && /\s/.test(text.trim()) && /[a-z]{2,}/.test(text) && !/^[\w-]+(\/[\w-]+)+$/.test(text);
}

type Found = { file: string; line: number; text: string };

function readableText(path: string): Found[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Found[] = [];
  const add = (node: ts.Node, text: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push({ file: relative(ROOT, path), line, text: text.replace(/\s+/g, ' ').trim() });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (node.text.trim()) add(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const parent = node.parent;
      const isNotProseAttribute = ts.isJsxAttribute(parent) && NOT_PROSE_ATTRIBUTES.has(parent.name.getText(source));
      const isImport = ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent);
      if (!isNotProseAttribute && !isImport && looksLikeProse(node.text)) add(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      // "You have tried too many codes. Try again ${wait}." is checked with a stand-in for each value.
      const text = node.head.text + node.templateSpans.map((span) => `X ${span.literal.text}`).join('');
      if (looksLikeProse(text)) add(node, text);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('plain words in everything people read', () => {
  const everything = FOLDERS.flatMap(sourceFiles).flatMap(readableText);

  it('finds the text to check (so this test cannot pass by reading nothing)', () => {
    assert.ok(everything.length > 500, `only ${everything.length} pieces of text found`);
    assert.ok(everything.some((found) => found.text.startsWith('Nothing saved yet.')));
  });

  it('has no banned words and no sentence longer than 25 words', () => {
    const problems = everything.flatMap((found) =>
      checkContent(found.text).map((problem) =>
        problem.kind === 'banned-word'
          ? `${found.file}:${found.line} uses “${problem.word}”: ${problem.instead}`
          : `${found.file}:${found.line} has a ${problem.words}-word sentence: “${problem.sentence}”`,
      ),
    );
    assert.deepEqual(problems, []);
  });
});
