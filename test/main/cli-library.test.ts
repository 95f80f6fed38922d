import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run';
import { repoRoot } from '../fixtures/builders';
import { freshDir } from './library/helpers';

const EN = { LANG: 'en_GB.UTF-8' };
const example = (id: string) => join(repoRoot, 'assessments', 'examples', `${id}.json`);

describe('timantti library', () => {
  it('imports, lists, exports and checks', async () => {
    const data = freshDir();
    expect((await runCli(['library', 'list', '--data', data], EN)).stdout).toContain('is empty');
    expect(await runCli(['library', 'import', example('nordtek-2026'), '--data', data], EN)).toMatchObject({
      code: 0,
      stdout: 'Imported 1 assessment(s) (0 as copies, 0 replaced).\n',
    });
    // Without --replace the copy is named, with its new id, so the user can tell the two rows apart.
    expect((await runCli(['library', 'import', example('nordtek-2026'), '--data', data], EN)).stdout).toMatch(
      /^Imported 1 assessment\(s\) \(1 as copies, 0 replaced\)\.\n {2}copy: ".+ \(kopio\)" a-[0-9a-f-]+ \(the library already had nordtek-2026\)\n$/,
    );
    expect((await runCli(['library', 'import', example('nordtek-2026'), '--replace', '--data', data], EN)).stdout).toContain('1 replaced');

    const list = JSON.parse((await runCli(['library', 'list', '--json', '--data', data], EN)).stdout);
    expect(list.assessments).toHaveLength(2);
    expect(list.clients.map((c: { name: string }) => c.name)).toEqual(['Nordtek Huolto Oy']);

    const out = join(freshDir(), 'nordtek.timantti.json');
    expect(await runCli(['library', 'export', 'nordtek-2026', '--out', out, '--data', data], EN)).toMatchObject({ code: 0 });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ kind: 'timantti-export', assessments: [{ id: 'nordtek-2026' }] });
    const csv = join(freshDir(), 'nordtek.csv');
    await runCli(['library', 'export', '--client', 'nordtek', '--csv', '--out', csv, '--data', data], EN);
    expect(readFileSync(csv, 'utf8').startsWith('\uFEFFClient,Assessment,Date,Area,Area score,')).toBe(true);

    expect(await runCli(['library', 'check', '--data', data], EN)).toMatchObject({
      code: 0,
      stdout: 'Checked 2 assessment file(s) and 1 questionnaire snapshot(s).\nAll files are in order.\n',
    });
  });

  it('exports one assessment as an Excel workbook in the CLI language, and refuses what it cannot do', async () => {
    const data = freshDir();
    await runCli(['library', 'import', example('nordtek-2026'), '--data', data], EN);
    const xlsx = join(freshDir(), 'nordtek.xlsx');
    expect(await runCli(['library', 'export', 'nordtek-2026', '--xlsx', '--out', xlsx, '--data', data], { LANG: 'fi_FI.UTF-8' })).toMatchObject({ code: 0 });
    const sheets = await readExcelFile(readFileSync(xlsx));
    expect(sheets.map((s) => s.sheet)).toEqual(['Yhteenveto', 'Vastaukset']);
    expect(sheets[0]!.data[0]?.[3]).toBe('Osa-alue');
    expect(await runCli(['library', 'export', '--client', 'nordtek', '--xlsx', '--data', data], EN)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--xlsx exports one assessment as an Excel workbook: give its id.'),
    });
    expect(await runCli(['library', 'export', 'nordtek-2026', '--xlsx', '--csv', '--data', data], EN)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Choose --csv or --xlsx, not both.'),
    });
  });

  it('check quarantines a damaged file and reports the recovery', async () => {
    const data = freshDir();
    await runCli(['library', 'import', example('harbour-2026'), '--data', data], EN);
    const file = join(data, 'library', 'assessments', 'harbour-2026.json');
    writeFileSync(file, Buffer.alloc(100));
    const out = await runCli(['library', 'check', '--data', data], EN);
    expect(out.stderr).toMatch(/harbour-2026\.json: damaged; set aside and restored from the backup of /);
    expect(readdirSync(join(data, 'library', 'assessments')).some((n) => n.includes('.corrupt-'))).toBe(true);
  });

  it('refuses a hostile import with exit 1 and changes nothing', async () => {
    const data = freshDir();
    const evil = join(freshDir(), 'evil.json');
    writeFileSync(evil, '{"kind":"timantti-export","__proto__":{"polluted":true}}');
    const out = await runCli(['library', 'import', evil, '--data', data], EN);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('forbidden key "__proto__"');
    expect(readdirSync(join(data, 'library', 'assessments'))).toEqual([]);
  });

  it('says so when another process has the library open', async () => {
    const data = freshDir();
    await runCli(['library', 'list', '--data', data], EN);
    writeFileSync(join(data, 'library', 'library.lock'), JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname(), since: 'now' }));
    const out = await runCli(['library', 'list', '--data', data], EN);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('already open in another Timantti process');
  });

  it('never overwrites a file it named itself', async () => {
    const data = freshDir();
    await runCli(['library', 'import', example('harbour-2026'), '--data', data], EN);
    const cwd = process.cwd();
    const dir = freshDir();
    process.chdir(dir);
    try {
      expect((await runCli(['library', 'export', 'harbour-2026', '--data', data], EN)).code).toBe(0);
      const again = await runCli(['library', 'export', 'harbour-2026', '--data', data], EN);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('already exists');
    } finally {
      process.chdir(cwd);
    }
    expect(existsSync(join(dir, readdirSync(dir)[0]!))).toBe(true);
  });

  it.each([[['library']], [['library', 'rename']], [['library', 'export', '--data', 'x']], [['library', 'import']]])('exits 2 for %j', async (argv) => {
    expect((await runCli(argv, EN)).code).toBe(2);
  });
});
