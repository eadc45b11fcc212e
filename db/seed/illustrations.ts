import type { PartType, ToyKind } from "@/lib/catalogue/vocabulary";

// Studio-style SVG drawings of the seeded items (there is no camera in a seed): a soft backdrop,
// a floor shadow, and a simple side view of the pedal car, toy, car or part. Kept deliberately simple.

export type Livery = "police" | "fire" | "ambulance";
export type CarShape = "400" | "cabrio" | "407" | "408" | "412" | "2140" | "2141" | "wagon";
export type Art =
  | {
      kind: "pedal";
      color: string;
      bumpers: "aluminum" | "plastic";
      softTires?: boolean;
      livery?: Livery;
      worn?: boolean;
      noWindscreen?: boolean;
    }
  | { kind: "toy"; toy: Exclude<ToyKind, "other">; color: string; cab: string }
  | { kind: "car"; shape: CarShape; color: string; worn?: boolean }
  | { kind: "part"; part: PartType; color?: string; count?: number };

/** What the close-up (second photo) shows, for its alt text. */
export function closeUpSubject(art: Art): string {
  if (art.kind === "pedal")
    return art.livery ? "light bar and front end" : `front end, ${art.bumpers} bumper and windscreen`;
  if (art.kind === "toy") return "cab and metal work";
  if (art.kind === "car") return "front end and grille";
  return "part, close up";
}

const W = 1200;
const H = 900;
const GROUND = 660;
const backdrops = [
  ["#f1efe9", "#dcd7cc", "#cfc9bc"],
  ["#eef2f6", "#d6dde5", "#c7cfd9"],
  ["#f3eeee", "#e0d6d4", "#d2c6c3"],
  ["#eef3ee", "#d7e0d6", "#c8d3c7"],
] as const;

const paint = (fill: string) => (fill ? `fill="${fill}"` : "");
const rect = (x: number, y: number, w: number, h: number, fill: string, extra = "") =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" ${paint(fill)} ${extra}/>`;
const circle = (cx: number, cy: number, r: number, fill: string, extra = "") =>
  `<circle cx="${cx}" cy="${cy}" r="${r}" ${paint(fill)} ${extra}/>`;
const path = (d: string, fill: string, extra = "") => `<path d="${d}" ${paint(fill)} ${extra}/>`;
const glass = `fill="#bcd6e8" fill-opacity="0.55" stroke="#ffffff" stroke-opacity="0.7" stroke-width="3"`;

function wheel(cx: number, r: number, hub: string, soft = false): string {
  const cy = GROUND - r;
  return (
    circle(cx, cy, r + 10, "#232326") +
    circle(cx, cy, r, "#151517") +
    circle(cx, cy, r * (soft ? 0.55 : 0.68), soft ? "#3d3e43" : "#2a2b2f") +
    circle(cx, cy, r * 0.42, hub) +
    circle(cx, cy, r * 0.12, "#555")
  );
}

/** An arch: a dark circle drawn on the body behind a wheel. */
const arch = (cx: number, r: number) => circle(cx, GROUND - r, r + 16, "#1b1b1d");

function pedalCar(a: Extract<Art, { kind: "pedal" }>): string {
  const r = a.softTires ? 80 : 74;
  const livery = a.livery;
  const body =
    livery === "police" || livery === "ambulance" ? "#f5f5f2" : livery === "fire" ? "#c8231f" : a.color;
  const bumper = a.bumpers === "aluminum" ? "url(#chrome)" : "#3a3c41";
  let s = path(
    "M250 600 L248 480 Q250 456 285 455 L420 455 Q436 458 440 490 L592 490 Q600 458 625 456 L935 462 Q968 466 975 500 L978 600 Z",
    body,
  );
  s += path("M440 490 L592 490 L588 478 L444 478 Z", "#2c2c30");
  s += path("M250 520 L975 525", "none", `stroke="#ffffff" stroke-opacity="0.28" stroke-width="10"`);
  if (a.bumpers === "aluminum")
    s += path("M262 540 L965 545", "none", `stroke="url(#chrome)" stroke-width="6"`);
  if (livery === "police") s += rect(262, 505, 705, 40, "#1d4aa6");
  if (livery === "fire") s += rect(262, 505, 705, 26, "#f7f3e8");
  if (livery === "ambulance")
    s +=
      rect(262, 505, 705, 26, "#d22a2a") +
      rect(655, 540, 60, 18, "#d22a2a") +
      rect(676, 519, 18, 60, "#d22a2a");
  s +=
    arch(380, r) +
    arch(830, r) +
    wheel(380, r, "url(#chrome)", a.softTires) +
    wheel(830, r, "url(#chrome)", a.softTires);
  s += rect(450, 405, 32, 88, "#34343a", `rx="10"`);
  s +=
    path("M560 440 L612 492", "none", `stroke="#2b2b2f" stroke-width="8"`) +
    `<ellipse cx="556" cy="438" rx="12" ry="36" fill="none" stroke="#222" stroke-width="9" transform="rotate(-20 556 438)"/>`;
  if (!a.noWindscreen) s += path("M612 460 L594 380 L612 376 L650 460 Z", "", glass);
  s +=
    rect(958, 505, 22, 50, "#2b2b2f", `rx="4"`) +
    circle(962, 490, 13, "#fff6d6", `stroke="#999" stroke-width="3"`) +
    rect(247, 478, 12, 24, "#c62828", `rx="3"`);
  s +=
    rect(955, 560, 44, 24, bumper, `rx="10"`) +
    rect(228, 560, 44, 24, bumper, `rx="10"`) +
    rect(236, 515, 14, 30, "#fafafa", `stroke="#333" stroke-width="2"`);
  if (livery) {
    const [left, right] = livery === "fire" ? ["#e53935", "#e53935"] : ["#e53935", "#1e63e9"];
    s +=
      rect(462, 330, 8, 80, "#444") +
      rect(400, 318, 130, 26, "#222", `rx="8"`) +
      rect(404, 321, 60, 20, left, `rx="6"`) +
      rect(466, 321, 60, 20, right, `rx="6"`);
    s +=
      circle(434, 331, 46, "url(#glowR)") +
      circle(496, 331, 46, livery === "fire" ? "url(#glowR)" : "url(#glowB)");
  }
  if (a.worn)
    s += [
      [330, 580, 28],
      [700, 575, 22],
      [900, 520, 16],
      [520, 560, 12],
    ]
      .map(
        ([x, y, q]) =>
          `<ellipse cx="${x}" cy="${y}" rx="${q}" ry="${(q ?? 10) * 0.6}" fill="#7a4a22" fill-opacity="0.55"/>`,
      )
      .join("");
  return s;
}

function toy(a: Extract<Art, { kind: "toy" }>): string {
  let s = "";
  if (a.toy === "excavator") {
    s +=
      rect(300, 575, 520, 85, "#26262a", `rx="42"`) +
      [350, 450, 560, 670, 770].map((x) => circle(x, 617, 28, "#55565c")).join("");
    s +=
      rect(340, 450, 420, 120, a.color, `rx="10"`) +
      rect(560, 320, 160, 135, a.color, `rx="8"`) +
      rect(585, 340, 110, 70, "#bcd6e8", `rx="6"`);
    s +=
      path("M700 470 L905 300 L930 330 L740 495 Z", a.cab) +
      path("M905 300 L1010 500 L980 512 L885 330 Z", a.cab);
    s += path("M975 490 L1060 520 L1030 600 L960 560 Z", "#4a4b50");
    return s;
  }
  s += rect(250, 578, 760, 34, "#2e2f33", `rx="6"`);
  s +=
    rect(760, 395, 170, 190, a.cab, `rx="14"`) +
    rect(800, 415, 110, 75, "#bcd6e8", `rx="8"`) +
    rect(930, 470, 70, 110, a.cab, `rx="10"`) +
    rect(990, 500, 16, 60, "url(#chrome)", `rx="4"`);
  if (a.toy === "zil130_dump_truck") {
    s +=
      path("M265 420 L745 420 L745 580 L285 580 Z", a.color) +
      [360, 460, 560, 660].map((x) => rect(x, 425, 14, 150, "#000", `fill-opacity="0.12"`)).join("");
  } else {
    s += rect(300, 500, 220, 80, a.color, `rx="8"`) + path("M400 500 L880 190 L900 220 L430 520 Z", a.color);
    s += [0.2, 0.4, 0.6, 0.8]
      .map((t) =>
        path(
          `M${410 + t * 480} ${505 - t * 315} L${425 + t * 480} ${515 - t * 300}`,
          "none",
          `stroke="#333" stroke-width="6"`,
        ),
      )
      .join("");
    s +=
      path("M888 205 L888 410", "none", `stroke="#333" stroke-width="4"`) +
      path("M878 410 Q888 440 900 420", "none", `stroke="#333" stroke-width="8"`);
  }
  return s + wheel(400, 62, "#c0392b") + wheel(530, 62, "#c0392b") + wheel(900, 62, "#c0392b");
}

const greenhouses: Record<CarShape, string> = {
  "400": "M380 462 Q395 340 520 335 L650 338 Q725 350 760 462 Z",
  cabrio: "M700 462 L735 390 L745 392 L725 462 Z",
  "407": "M375 470 Q410 372 525 368 L655 368 Q760 375 800 470 Z",
  "408": "M385 470 L455 385 L720 385 L800 470 Z",
  "412": "M385 470 L455 385 L720 385 L800 470 Z",
  "2140": "M385 470 L455 383 L722 383 L805 470 Z",
  "2141": "M270 478 Q300 400 380 388 L690 384 L845 476 Z",
  wagon: "M262 470 L282 385 L720 385 L800 470 Z",
};

function car(a: Extract<Art, { kind: "car" }>): string {
  const old = a.shape === "400" || a.shape === "cabrio";
  const lower = old
    ? "M240 600 Q232 480 330 462 L900 462 Q990 470 992 600 Z"
    : a.shape === "407"
      ? "M232 600 Q228 478 300 470 L930 470 Q998 478 1000 600 Z"
      : "M228 600 L230 488 Q232 470 262 468 L975 470 Q1000 474 1003 495 L1006 600 Z";
  let s = path(greenhouses[a.shape], a.shape === "cabrio" ? "none" : a.color) + path(lower, a.color);
  if (a.shape === "cabrio")
    s += path(greenhouses.cabrio, "", glass) + path("M300 462 Q330 420 420 425 L470 462 Z", "#cdbb94");
  else
    s +=
      path(greenhouses[a.shape], "", glass) +
      path("M590 380 L590 470", "none", `stroke="${a.color}" stroke-width="14"`);
  s += path("M240 520 L995 522", "none", `stroke="#ffffff" stroke-opacity="0.25" stroke-width="9"`);
  s += path(
    `M${old ? 470 : 450} 475 L${old ? 470 : 450} 590 M590 475 L590 590 M725 475 L725 590`,
    "none",
    `stroke="#000" stroke-opacity="0.25" stroke-width="3"`,
  );
  s += rect(980, 500, 26, 40, "#fff6d6", `rx="8"`) + rect(228, 495, 14, 30, "#c62828", `rx="4"`);
  const bumper = a.shape === "2141" ? "#2f3034" : "url(#chrome)";
  s += rect(970, 566, 52, 20, bumper, `rx="8"`) + rect(212, 566, 52, 20, bumper, `rx="8"`);
  s += arch(355, 70) + arch(860, 70) + wheel(355, 70, "url(#chrome)") + wheel(860, 70, "url(#chrome)");
  if (a.worn)
    s += [
      [300, 585, 30],
      [820, 590, 26],
      [600, 585, 18],
    ]
      .map(
        ([x, y, q]) => `<ellipse cx="${x}" cy="${y}" rx="${q}" ry="12" fill="#7a4a22" fill-opacity="0.5"/>`,
      )
      .join("");
  return s;
}

function partShape(part: PartType, color: string, i: number): string {
  switch (part) {
    case "windscreen":
      return (
        path("M-150 120 Q-160 -40 -110 -110 L110 -110 Q160 -40 150 120 Z", "", glass) +
        path("M-90 -80 L-60 60", "none", `stroke="#fff" stroke-opacity="0.8" stroke-width="8"`)
      );
    case "steering_wheel":
      return (
        circle(0, 0, 130, "none", `stroke="${color}" stroke-width="26"`) +
        rect(-130, -10, 260, 20, color) +
        rect(-10, 0, 20, 130, color) +
        circle(0, 0, 34, "#3a3a3e")
      );
    case "tire":
    case "wheel":
      return (
        circle(0, 0, 140, "#17171a") +
        circle(0, 0, 140, "none", `stroke="#333" stroke-width="14" stroke-dasharray="14 10"`) +
        circle(0, 0, 85, "#38393d") +
        circle(0, 0, 55, part === "wheel" ? "url(#chrome)" : "#4a4b50") +
        circle(0, 0, 12, "#777")
      );
    case "bumper":
      return path(
        "M-330 -20 Q-345 0 -330 30 L330 30 Q345 0 330 -20 Z",
        color,
        `stroke="#00000022" stroke-width="3"`,
      );
    case "plate":
      return (
        rect(-110, -40, 220, 80, "#fbfbf8", `rx="10" stroke="#222" stroke-width="6"`) +
        [-80, -50, -10, 20, 50].map((x) => rect(x, -18, 20, 36, "#222", `rx="3"`)).join("")
      );
    case "light_kit":
      return (
        rect(-180, -40, 360, 60, "#222", `rx="16"`) +
        rect(-172, -33, 168, 46, "#e53935", `rx="12"`) +
        rect(4, -33, 168, 46, "#1e63e9", `rx="12"`) +
        rect(-60, 90, 120, 70, "#3a3a40", `rx="8"`) +
        path("M0 20 Q40 60 0 90", "none", `stroke="#c62828" stroke-width="6"`)
      );
    case "pedal_assembly":
      return (
        path(
          "M-200 0 L-80 0 L-80 -60 L80 -60 L80 0 L200 0",
          "none",
          `stroke="url(#chrome)" stroke-width="18" stroke-linejoin="round"`,
        ) +
        rect(-250, -30, 60, 60, "#2b2b2f", `rx="8"`) +
        rect(190, -30, 60, 60, "#2b2b2f", `rx="8"`)
      );
    case "decal_set":
      return (
        rect(
          -170,
          -120,
          340,
          240,
          "#fdfdfb",
          `stroke="#ccc" stroke-width="4" transform="rotate(${i * 6 - 4})"`,
        ) +
        rect(-140, -90, 280, 24, color) +
        rect(-140, -50, 180, 24, "#1d4aa6") +
        circle(90, 40, 40, "#d22a2a") +
        rect(-140, 30, 120, 50, "#222", `rx="6"`)
      );
    case "body_panel":
      return (
        path("M-220 -150 L150 -150 Q230 -150 240 -60 L240 150 L-220 150 Z", color) +
        path("M-190 -125 L130 -125 Q200 -120 205 -40 L-190 -40 Z", "#bcd6e8", `fill-opacity="0.5"`)
      );
    case "brake_wheel_cylinder":
      return (
        rect(-110, -45, 220, 90, "url(#chrome)", `rx="20"`) +
        rect(-130, -35, 30, 70, "#2b2b2f", `rx="8"`) +
        rect(100, -35, 30, 70, "#2b2b2f", `rx="8"`) +
        rect(-12, -80, 24, 40, "#8c8f96")
      );
    case "electrical":
      return (
        rect(-120, -80, 240, 160, "#2b2c30", `rx="14"`) +
        [-80, -30, 20, 70].map((x) => rect(x, 70, 22, 40, "#c9a227")).join("") +
        path("M0 110 Q60 200 180 160", "none", `stroke="#d12b2b" stroke-width="8"`)
      );
    case "trim":
      return (
        rect(-320, -14, 640, 28, "url(#chrome)", `rx="14"`) +
        rect(-80, 40, 160, 40, "url(#chrome)", `rx="20"`)
      );
    default:
      // A parts box, taped shut.
      return (
        rect(-150, -110, 300, 220, "#c9a36b", `rx="6"`) +
        rect(-150, -110, 300, 40, "#b48d55") +
        rect(-25, -110, 50, 220, "#e8dcc0", `fill-opacity="0.8"`)
      );
  }
}

function parts(a: Extract<Art, { kind: "part" }>): string {
  const n = Math.min(a.count ?? 1, 3);
  const color = a.color ?? "#2b2b2f";
  const sizes: Partial<Record<PartType, number>> = {
    bumper: 130,
    trim: 90,
    plate: 110,
    tire: 170,
    wheel: 170,
    steering_wheel: 170,
    windscreen: 150,
    body_panel: 180,
  };
  let s = "";
  for (let i = 0; i < n; i++) {
    const dx = (i - (n - 1) / 2) * Math.min(320, (sizes[a.part] ?? 150) * 1.7);
    const dy = GROUND - (sizes[a.part] ?? 150) - (n - 1 - i) * 40;
    s += `<g transform="translate(${600 + dx} ${dy})">${partShape(a.part, color, i)}</g>`;
  }
  return s;
}

const defs = `<defs><linearGradient id="chrome" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fbfcfd"/><stop offset="0.5" stop-color="#a9b1ba"/><stop offset="1" stop-color="#e3e7eb"/></linearGradient>
<radialGradient id="glowR"><stop offset="0" stop-color="#ff5a4f" stop-opacity="0.6"/><stop offset="1" stop-color="#ff5a4f" stop-opacity="0"/></radialGradient>
<radialGradient id="glowB"><stop offset="0" stop-color="#4f8bff" stop-opacity="0.6"/><stop offset="1" stop-color="#4f8bff" stop-opacity="0"/></radialGradient>
<radialGradient id="shadow"><stop offset="0" stop-color="#000" stop-opacity="0.34"/><stop offset="0.7" stop-color="#000" stop-opacity="0.12"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient></defs>`;

/** The SVG for one photo of an item: view 0 is the full side view, 1 a close-up, 2 the other side. */
export function illustrate(art: Art, view: number, variant: number): string {
  const [top, bottom, floor] = backdrops[(variant + view) % backdrops.length] ?? backdrops[0];
  const subject =
    art.kind === "pedal"
      ? pedalCar(art)
      : art.kind === "toy"
        ? toy(art)
        : art.kind === "car"
          ? car(art)
          : parts(art);
  const [fx, fy, zoom] =
    art.kind === "part"
      ? [600, 520, 1.6]
      : art.kind === "pedal" && art.livery
        ? [620, 450, 1.5]
        : art.kind === "toy"
          ? [780, 470, 1.5]
          : [850, 500, 1.7];
  const transform =
    view === 1
      ? `translate(600 450) scale(${zoom}) translate(${-fx} ${-fy})`
      : view === 2
        ? `translate(${W} 0) scale(-1 1)`
        : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${defs}
<linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>
${rect(0, 0, W, H, "url(#bg)")}${rect(0, 640, W, 260, floor, `fill-opacity="0.55"`)}
<g transform="${transform}"><ellipse cx="610" cy="${GROUND + 6}" rx="470" ry="40" fill="url(#shadow)"/>${subject}</g></svg>`;
}
