/**
 * Extractors must not remember anything between calls (issue 13): no module under
 * utils/platforms/ may hold a value that code can change after the module has loaded. The
 * TypeScript checker decides, so the rule is the compiler's: a module-level binding passes only
 * when its type lets nobody write to it (readonly properties, readonly arrays, ReadonlySet and
 * ReadonlyMap, primitives, functions) and no closure made at load time can hide state in it.
 * Nothing is allowed by name.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const PLATFORMS_DIR = resolve(import.meta.dirname, '../../../utils/platforms');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const MUTABLE_BUILTINS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Date', 'DataView']);
const READONLY_COLLECTIONS = new Set(['ReadonlyMap', 'ReadonlySet', 'ReadonlyArray']);
const IMMUTABLE_FLAGS =
  ts.TypeFlags.StringLike |
  ts.TypeFlags.NumberLike |
  ts.TypeFlags.BooleanLike |
  ts.TypeFlags.BigIntLike |
  ts.TypeFlags.ESSymbolLike |
  ts.TypeFlags.EnumLike |
  ts.TypeFlags.Undefined |
  ts.TypeFlags.Null |
  ts.TypeFlags.Void |
  ts.TypeFlags.Never;

/** `readonly` on a property: declared so, or made so by `as const` / `Readonly<…>` (checker). */
function isReadonlyProperty(property: ts.Symbol): boolean {
  // `getCheckFlags` is internal to the compiler: if it ever disappears, this throws (fails loud).
  const checkFlags = (ts as unknown as { getCheckFlags(s: ts.Symbol): number }).getCheckFlags(
    property,
  );
  if (checkFlags & 8 /* CheckFlags.Readonly */) return true;
  return (property.declarations ?? []).some(
    (declaration) => ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Readonly,
  );
}

/** Why a value of `type` can be changed after it is made, or null when it cannot. */
function mutability(
  checker: ts.TypeChecker,
  type: ts.Type,
  seen = new Set<ts.Type>(),
): string | null {
  if (type.flags & IMMUTABLE_FLAGS) return null;
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return 'its type is not known';
  if (seen.has(type)) return null;
  seen.add(type);
  if (type.isUnionOrIntersection()) {
    for (const member of type.types) {
      const reason = mutability(checker, member, seen);
      if (reason) return reason;
    }
    return null;
  }
  if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return null;
  const name = type.getSymbol()?.getName() ?? '';
  const typeArguments = () => checker.getTypeArguments(type as ts.TypeReference);
  if (checker.isTupleType(type)) {
    if (!(type as ts.TupleTypeReference).target.readonly) return 'a tuple that is not readonly';
    return firstReason(checker, typeArguments(), seen);
  }
  if (checker.isArrayType(type)) {
    if (name !== 'ReadonlyArray') return 'an array that is not readonly';
    return firstReason(checker, typeArguments(), seen);
  }
  if (MUTABLE_BUILTINS.has(name) || /(Array|Buffer)$/.test(name)) return `a ${name}`;
  if (READONLY_COLLECTIONS.has(name)) return firstReason(checker, typeArguments(), seen);
  if (name === 'RegExp') return null; // Flags that keep state (g, y) are checked on the literal.
  for (const info of checker.getIndexInfosOfType(type)) {
    if (!info.isReadonly) return 'an index signature that is not readonly';
    const reason = mutability(checker, info.type, seen);
    if (reason) return reason;
  }
  for (const property of checker.getPropertiesOfType(type)) {
    if (!isReadonlyProperty(property)) return `property "${property.getName()}" is not readonly`;
    const reason = mutability(checker, checker.getTypeOfSymbol(property), seen);
    if (reason) return `property "${property.getName()}": ${reason}`;
  }
  return null;
}

function firstReason(checker: ts.TypeChecker, types: readonly ts.Type[], seen: Set<ts.Type>) {
  for (const type of types) {
    const reason = mutability(checker, type, seen);
    if (reason) return reason;
  }
  return null;
}

/** Whether a value of `type` holds a function anywhere: one made by a call may close over state. */
function holdsFunction(checker: ts.TypeChecker, type: ts.Type, seen = new Set<ts.Type>()): boolean {
  if (seen.has(type)) return false;
  seen.add(type);
  if (type.isUnionOrIntersection()) return type.types.some((t) => holdsFunction(checker, t, seen));
  if (type.getCallSignatures().length > 0) return true;
  if (!(type.flags & ts.TypeFlags.Object)) return false;
  // A built-in's methods (a Set's `has`) live on its prototype: no closure made by the call.
  const declarations = type.getSymbol()?.declarations ?? [];
  if (declarations.some((d) => d.getSourceFile().hasNoDefaultLib)) return false;
  return checker
    .getPropertiesOfType(type)
    .some((property) => holdsFunction(checker, checker.getTypeOfSymbol(property), seen));
}

function isCall(node: ts.Expression): boolean {
  let expression: ts.Expression = node;
  while (
    ts.isParenthesizedExpression(expression) ||
    ts.isAsExpression(expression) ||
    ts.isSatisfiesExpression(expression) ||
    ts.isNonNullExpression(expression)
  ) {
    expression = expression.expression;
  }
  return ts.isCallExpression(expression) || ts.isNewExpression(expression);
}

/** Every module-level binding of `file` that can change after load, with the reason. */
function moduleStateIn(checker: ts.TypeChecker, file: ts.SourceFile): string[] {
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(PLATFORMS_DIR, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    // Code inside a function runs per call: what it declares is per call too.
    if (ts.isFunctionLike(node)) return;
    if (ts.isVariableDeclarationList(node)) {
      const isConst = (node.flags & ts.NodeFlags.Const) !== 0;
      for (const declaration of node.declarations) {
        const name = declaration.name.getText(file);
        if (!isConst) {
          found.push(`${where(declaration)} ${name}: a module-level let/var`);
          continue;
        }
        const type = checker.getTypeAtLocation(declaration.name);
        const reason = mutability(checker, type);
        if (reason) found.push(`${where(declaration)} ${name}: ${reason}`);
        else if (
          declaration.initializer &&
          isCall(declaration.initializer) &&
          holdsFunction(checker, type)
        ) {
          found.push(`${where(declaration)} ${name}: a function made by a call at load time`);
        }
      }
    }
    if (ts.isRegularExpressionLiteral(node) && /[gy][a-z]*$/.test(node.text.split('/').pop()!)) {
      found.push(`${where(node)} ${node.text}: a module-level regex with g or y keeps lastIndex`);
    }
    if (
      ts.isPropertyDeclaration(node) &&
      ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Static &&
      !(ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Readonly)
    ) {
      found.push(
        `${where(node)} ${node.name.getText(file)}: a static property that is not readonly`,
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function moduleStateUnder(files: string[]): string[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.esnext.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  return files.flatMap((path) => moduleStateIn(checker, program.getSourceFile(path)!));
}

describe('utils/platforms keeps no module-level mutable state', () => {
  it('no module declares a binding that can change after load', () => {
    const files = sourceFiles(PLATFORMS_DIR);
    expect(files.length).toBeGreaterThan(10);
    expect(moduleStateUnder(files)).toEqual([]);
  }, 60_000);

  it('finds each kind of hidden state in a module written to have it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'svara-state-'));
    const file = join(dir, 'stateful.ts');
    writeFileSync(
      file,
      [
        'let count = 0;',
        'const cache = new WeakMap<object, string>();',
        'const seen: string[] = [];',
        'const table: Record<string, number> = {};',
        "const words = new Set(['a']);",
        'const next = (() => { let n = 0; return () => (n += 1); })();',
        "const box = { value: 'x' };",
        'const sticky = /a/g;',
        'class Memo { static last = 0; }',
        // Allowed: nothing here can change after load.
        "const fixed: ReadonlySet<string> = new Set(['a']);",
        "const shape = { value: 'x' } as const;",
        'const plain = /a/i;',
        'const add = (a: number, b: number) => a + b;',
        'export { count, cache, seen, table, words, next, box, sticky, Memo, fixed, shape, plain, add };',
      ].join('\n'),
    );
    const names = moduleStateUnder([file]).map((found) => found.split(' ')[1].replace(':', ''));
    expect(names).toEqual([
      'count',
      'cache',
      'seen',
      'table',
      'words',
      'next',
      'box',
      '/a/g',
      'last',
    ]);
  }, 60_000);
});
