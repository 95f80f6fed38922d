import { useMemo } from 'react';
import { encode } from 'uqr';

/** Modules of light margin around the code: the QR standard asks for four. */
const QUIET_ZONE = 4;

/**
 * A QR code as one SVG path of its dark modules: crisp at any size, on a
 * white quiet zone, never markup from a string. Medium error correction
 * survives a projector's glare and a phone held at an angle.
 */
export function QrCode({ text, label, size }: { text: string; label: string; size: number }) {
  const { path, modules } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 0 });
    let d = '';
    qr.data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      }),
    );
    return { path: d, modules: qr.size };
  }, [text]);
  const extent = modules + 2 * QUIET_ZONE;
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${extent} ${extent}`}
      shapeRendering="crispEdges"
      data-modules={modules}
      style={{ display: 'block', background: '#fff' }}
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={extent} height={extent} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
