import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Assessment } from '../../../core/assessment/schema';
import type { RoadmapItem } from '../../../core/roadmap/schema';

// poppler-utils and qpdf, installed by .ci/run (README: Requirements).
const dir = mkdtempSync(join(tmpdir(), 'timantti-report-'));
let n = 0;

/** Writes the PDF to a temp file and returns its path. */
export function savePdf(pdf: Uint8Array): string {
  const file = join(dir, `report-${++n}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

const run = (cmd: string, args: string[]) => {
  const out = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (out.error) throw out.error;
  return out;
};

/** The PDF's text as pdftotext extracts it (reading order, no layout). */
export const pdfText = (file: string): string => run('pdftotext', ['-enc', 'UTF-8', file, '-']).stdout;

/** The PDF's text line by line as drawn (no paragraph joining, so line-end hyphens stay visible). */
export const pdfRawText = (file: string): string => run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']).stdout;

/** One page's text. */
export const pageText = (file: string, page: number): string => run('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-']).stdout;

export const qpdfCheck = (file: string) => run('qpdf', ['--check', file]);

/** Rows of `pdffonts`: name, and whether embedded and subset. */
export function pdfFonts(file: string): { name: string; embedded: boolean; subset: boolean }[] {
  const lines = run('pdffonts', [file]).stdout.trim().split('\n').slice(2);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name type… encoding emb sub uni object ID: emb/sub/uni are the 5th–3rd from the end.
    return { name: cols[0] as string, embedded: cols[cols.length - 5] === 'yes', subset: cols[cols.length - 4] === 'yes' };
  });
}

/** pdftotext joins a hyphenated word split across lines as "asia-\nkas"; this undoes only our own breaks. */
export const unhyphenate = (text: string): string => text.replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ');

/** A roadmap with items in every phase, owners and dates on some. */
export function withRoadmap(assessment: Assessment): Assessment {
  const areas = assessment.questionnaire.areas.map((a) => a.id);
  const item = (id: string, phase: 1 | 2 | 3, order: number, title: string, extra: Partial<RoadmapItem> = {}): RoadmapItem => ({
    id,
    areaId: areas[order % areas.length] as string,
    phase,
    order,
    status: 'proposed',
    title,
    description: `${title}: kuvaus siitä, mitä tehdään ja miksi.`,
    ...extra,
  });
  return {
    ...assessment,
    roadmap: {
      generatedAt: '2026-03-18T10:00:00.000Z',
      library: { id: 'test-library', version: 1 },
      items: [
        item('r1', 1, 0, 'Asiakaspalautteen yhteinen näkymä', { owner: 'Anna Laaksonen', due: '2026-06-30', status: 'accepted' }),
        item('r2', 1, 1, 'Mittariston perustaminen'),
        item('r3', 2, 2, 'Asiakaskokemus strategian ytimeen', { owner: 'Johtoryhmä', due: '2026-12-31', status: 'in-progress' }),
        item('r4', 3, 3, 'Henkilöstökokemuksen kehitysohjelma'),
        item('r5', 2, 4, 'Poistettu toimenpide', { removed: true }),
      ],
    },
  };
}

/** A real 2×2 PNG (valid zlib data and CRCs), as a data URL. */
export function tinyPng(): string {
  const crcTable = Array.from({ length: 256 }, (_, i) => {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = Buffer.from([0, 29, 78, 137, 29, 78, 137, 0, 15, 118, 110, 15, 118, 110]);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}
