// Copies the pinned npm packages' dist files into wwwroot/lib, where the app serves them.
import { cpSync, mkdirSync } from "node:fs";

const copies = [
  ["node_modules/bootstrap/dist/css", "wwwroot/lib/bootstrap/css"],
  ["node_modules/bootstrap/dist/js", "wwwroot/lib/bootstrap/js"],
  ["node_modules/htmx.org/dist/htmx.min.js", "wwwroot/lib/htmx/htmx.min.js"],
];
for (const [from, to] of copies) {
  mkdirSync(to.endsWith(".js") ? to.substring(0, to.lastIndexOf("/")) : to, { recursive: true });
  cpSync(from, to, { recursive: true });
}
