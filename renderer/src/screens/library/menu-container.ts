/**
 * Where the library's menus render: inside the page's `<main>` landmark
 * rather than at the end of `<body>` (MUI's default portal), so every piece
 * of content is in a landmark (axe's `region` rule).
 */
export const menuContainer = (): HTMLElement => document.getElementById('main') ?? document.body;
