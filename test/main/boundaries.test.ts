import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer boundaries are lint rules (and tsconfig settings); this checks the
// rules really fire, so a careless edit of eslint.config.js cannot drop them.
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('layer boundaries', () => {
  it.each([
    ["import { app } from 'electron';", /Electron/],
    ["import { readFile } from 'node:fs/promises';", /Node built-ins/],
    ["import path from 'path';", /Node built-ins/],
    ["import { useState } from 'react';", /UI code/],
    ["import { createHandlers } from '../main/handlers';", /never the reverse/],
  ])('core/ refuses %s', async (code, message) => {
    const messages = await restricted('core/probe.ts', `${code}\nexport {};\n`);
    expect(messages.join('\n')).toMatch(message);
  });

  it('core/ refuses browser and Node globals', async () => {
    expect(await restricted('core/probe.ts', 'export const a = window.name, b = process.env;\n')).toHaveLength(2);
  });

  it.each(["import { ipcRenderer } from 'electron';", "import { readFileSync } from 'node:fs';", "import { createHandlers } from '../../main/handlers';"])(
    'renderer/ refuses %s',
    async (code) => {
      expect(await restricted('renderer/src/probe.ts', `${code}\nexport {};\n`)).not.toHaveLength(0);
    },
  );

  it.each(['main/probe.ts', 'main/library/probe.ts', 'main/web/probe.ts', 'main/report/probe.ts'])(
    '%s may not import Electron (only main/electron/*, index, preload)',
    async (file) => {
      expect((await restricted(file, "import { app } from 'electron';\nexport { app };\n")).join('\n')).toMatch(/Only main\/electron/);
    },
  );

  it('main/ refuses renderer code', async () => {
    expect(await restricted('main/probe.ts', "import { theme } from '../renderer/src/theme';\nexport {};\n")).not.toHaveLength(0);
  });

  it('allows what each layer may use', async () => {
    expect(await restricted('core/probe.ts', "import { z } from 'zod';\nexport const s = z.string();\n")).toEqual([]);
    expect(await restricted('main/electron/probe.ts', "import { app } from 'electron';\nimport { join } from 'node:path';\nexport { app, join };\n")).toEqual(
      [],
    );
    expect(await restricted('main/index.ts', "import { app } from 'electron';\nexport { app };\n")).toEqual([]);
    expect(await restricted('main/probe.ts', "import { join } from 'node:path';\nexport { join };\n")).toEqual([]);
    expect(await restricted('renderer/src/probe.ts', "import { contract } from '../../core/ipc/contract';\nexport { contract };\n")).toEqual([]);
  });
});
