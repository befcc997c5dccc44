/// The desk's own style sheet and script (nothing is loaded from anywhere else). The script
/// only adds to pages that work without it: a live preview as the drafter types, line numbers
/// that follow the text, findings that move the caret, saving without leaving the page.
enum DeskAssets {
    static let style = """
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.5 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #222; background: #f4f4f1; }
    .bar { display: flex; gap: 1em; align-items: baseline; padding: 0.5em 1em; background: #7a1f1f; color: #fff; }
    .bar a { color: #fff; font-weight: bold; text-decoration: none; }
    .bar .where { opacity: 0.85; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    main.list, main.message { max-width: 72em; margin: 1em auto; padding: 0 1em; }
    table.replies { width: 100%; border-collapse: collapse; background: #fff; }
    table.replies th, table.replies td { border-bottom: 1px solid #ddd; padding: 0.4em 0.6em; text-align: left; }
    tr.has-errors td:last-child { color: #b00020; }
    .actions { display: flex; flex-wrap: wrap; gap: 2em; margin-top: 1.5em; }
    .actions form { background: #fff; padding: 1em; border: 1px solid #ddd; }
    .actions h2 { margin: 0 0 0.5em; font-size: 1.05em; }
    .actions label { display: block; margin-bottom: 0.5em; }
    main.editor { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); height: calc(100vh - 2.6em); }
    form.edit { display: flex; flex-direction: column; min-height: 0; border-right: 1px solid #ccc; }
    .tools { display: flex; flex-wrap: wrap; gap: 0.6em; align-items: center; padding: 0.4em 0.6em; background: #fff; border-bottom: 1px solid #ddd; }
    .tools button.save { font-weight: bold; }
    .downloads a { margin-left: 0.3em; }
    .status.done { color: #1b6e20; }
    .status.failed { color: #b00020; font-weight: bold; }
    .source { flex: 1; display: flex; min-height: 0; background: #fff; }
    .source .gutter { margin: 0; padding: 0.5em 0.4em; min-width: 3.2em; text-align: right; color: #999; background: #f6f6f3; overflow: hidden; font: 14px/21px monospace; user-select: none; }
    .source textarea { flex: 1; border: 0; padding: 0.5em; resize: none; font: 14px/21px "Noto Sans Mono CJK SC", monospace; tab-size: 2; white-space: pre; outline: none; }
    .findings { max-height: 12em; overflow: auto; background: #fffdf6; border-top: 1px solid #ddd; }
    .findings ol { margin: 0; padding: 0.4em 0.6em 0.4em 2.2em; }
    .findings a { color: #8a5a00; text-decoration: none; }
    .findings a.error { color: #b00020; }
    .findings a:hover { text-decoration: underline; }
    iframe.preview { width: 100%; height: 100%; border: 0; background: #e9e9e6; }
    @media (max-width: 900px) { main.editor { grid-template-columns: 1fr; height: auto; } .source { height: 60vh; } iframe.preview { height: 80vh; } }
    """

    static let script = """
    "use strict";
    (function () {
      const form = document.querySelector("form.edit");
      if (!form) return;
      const text = form.elements.text, base = form.elements.base, layout = form.elements.layout;
      const gutter = form.querySelector(".gutter"), list = form.querySelector(".findings ol");
      const status = form.querySelector(".status"), frame = document.querySelector("iframe.preview");
      const file = form.dataset.file;
      const post = (url, body) => fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

      function numberLines() {
        const count = text.value.split("\\n").length;
        let numbers = "";
        for (let i = 1; i <= count; i++) numbers += i + (i < count ? "\\n" : "");
        gutter.textContent = numbers;
        gutter.scrollTop = text.scrollTop;
      }

      function describe(f) {
        return f.line + ":" + f.column + " " + (f.severity === "error" ? "错误" : "警告") + "[" + f.code + "]: " + f.message + (f.help ? " —— " + f.help : "");
      }

      function show(findings) {
        list.textContent = "";
        for (const f of findings) {
          const item = document.createElement("li"), link = document.createElement("a");
          link.href = "#"; link.className = f.severity; link.dataset.line = f.line; link.dataset.column = f.column;
          link.textContent = describe(f);
          item.appendChild(link); list.appendChild(item);
        }
      }

      let sequence = 0, timer = 0;
      async function preview() {
        const mine = ++sequence;
        try {
          const response = await post("/api/preview", { file, text: text.value, layout: layout.value });
          const result = await response.json();
          if (mine !== sequence) return;
          if (result.pages) frame.srcdoc = result.pages;
          show(result.findings);
          form.dataset.previewed = String(mine);
        } catch (error) { status.textContent = "预览失败：" + error; }
      }

      // Columns count characters (Unicode scalars), as in the diagnostics.
      function moveCaret(line, column) {
        const lines = text.value.split("\\n");
        let offset = 0;
        for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
        const current = Array.from(lines[Math.min(line, lines.length) - 1] || "");
        offset += current.slice(0, Math.max(0, column - 1)).join("").length;
        text.focus();
        text.setSelectionRange(offset, offset);
        const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 21;
        text.scrollTop = Math.max(0, (line - 4) * lineHeight);
        numberLines();
      }

      async function save() {
        status.className = "status"; status.textContent = "正在保存……";
        try {
          const response = await post("/api/save", { file, text: text.value, base: base.value });
          const type = response.headers.get("Content-Type") || "";
          const result = type.includes("json") ? await response.json() : { error: "保存被拒绝（" + response.status + "）" };
          if (response.ok) { base.value = result.hash; status.className = "status done"; status.textContent = "已保存"; }
          else { status.className = "status failed"; status.textContent = result.error; }
        } catch (error) { status.className = "status failed"; status.textContent = "保存失败：" + error; }
      }

      text.addEventListener("input", () => { numberLines(); clearTimeout(timer); timer = setTimeout(preview, 250); });
      text.addEventListener("scroll", () => { gutter.scrollTop = text.scrollTop; });
      layout.addEventListener("change", preview);
      list.addEventListener("click", (event) => {
        const link = event.target.closest("a");
        if (!link) return;
        event.preventDefault();
        moveCaret(Number(link.dataset.line), Number(link.dataset.column));
      });
      form.addEventListener("submit", (event) => {
        if (event.submitter && event.submitter.value === "save") { event.preventDefault(); save(); }
        else if (event.submitter && event.submitter.value === "preview") { event.preventDefault(); preview(); }
      });
      numberLines();
    })();
    """
}
