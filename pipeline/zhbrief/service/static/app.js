// zhbrief web page. No framework, no build step. Every piece of user or model text
// is put on the page with textContent, never as HTML.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const form = $("brief-form");
  const fileInput = $("file");
  const drop = $("drop-zone");
  const submit = $("submit");
  const statusText = $("status-text");
  const progress = $("progress");
  const errorBox = $("error");
  let droppedFile = null;
  let currentJob = null;

  function el(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function headers() {
    const key = $("api-key").value.trim();
    return key ? { "X-API-Key": key } : {};
  }

  function setStatus(text) {
    statusText.textContent = text;
  }

  function showError(message) {
    errorBox.textContent = message;
    progress.hidden = true;
    setStatus("");
  }

  async function errorOf(response) {
    try {
      const data = await response.json();
      if (data && typeof data.error === "string") return data.error;
    } catch (e) { /* not JSON */ }
    return "The server answered " + response.status + ".";
  }

  function chosenFile() {
    return droppedFile || (fileInput.files && fileInput.files[0]) || null;
  }

  // A chosen file is used instead of pasted text: say so, and let it be removed
  function showFile() {
    const f = chosenFile();
    $("file-name").textContent = f ? "Using the file " + f.name + " (not the pasted text)" : "";
    $("file-chosen").hidden = !f;
  }

  fileInput.addEventListener("change", () => {
    droppedFile = null;
    showFile();
  });
  $("clear-file").addEventListener("click", () => {
    droppedFile = null;
    fileInput.value = "";
    showFile();
    $("text").focus();
  });
  ["dragenter", "dragover"].forEach((type) => drop.addEventListener(type, (event) => {
    event.preventDefault();
    drop.classList.add("over");
  }));
  ["dragleave", "drop"].forEach((type) => drop.addEventListener(type, () => {
    drop.classList.remove("over");
  }));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    const files = event.dataTransfer && event.dataTransfer.files;
    if (files && files.length) {
      droppedFile = files[0];
      showFile();
    }
  });

  async function start(event) {
    event.preventDefault();
    errorBox.textContent = "";
    $("result").hidden = true;
    const file = chosenFile();
    const text = $("text").value;
    if (!file && !text.trim()) {
      showError("Paste some Chinese text or choose a file first.");
      $("text").focus();
      return;
    }
    const mode = form.querySelector("input[name=mode]:checked").value;
    const fields = {
      async: true, full: mode === "full", translate_only: mode === "translate",
    };
    let init;
    if (file) {
      const body = new FormData();
      body.append("file", file, file.name);
      for (const [name, value] of Object.entries(fields)) body.append(name, String(value));
      init = { method: "POST", body: body, headers: headers() };
    } else {
      init = {
        method: "POST",
        headers: Object.assign({ "Content-Type": "application/json" }, headers()),
        body: JSON.stringify(Object.assign({ text: text }, fields)),
      };
    }
    submit.disabled = true;
    setStatus("Sending…");
    progress.hidden = false;
    progress.removeAttribute("value");
    try {
      const response = await fetch("/brief", init);
      if (response.status !== 202) {
        showError(await errorOf(response));
        return;
      }
      const job = await response.json();
      await follow(job);
    } catch (e) {
      showError("The server could not be reached: " + e.message);
    } finally {
      submit.disabled = false;
    }
  }

  function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  // Jobs survive a server restart: keep asking for a while when it does not answer
  async function poll(url) {
    for (let tries = 0; ; tries++) {
      try {
        return await fetch(url, { headers: headers() });
      } catch (e) {
        if (tries >= 60) throw e;
        setStatus("The server is not answering (restarting?); still waiting…");
        await sleep(1000);
      }
    }
  }

  async function follow(job) {
    for (;;) {
      if (job.status === "done") break;
      if (job.status === "error") {
        showError(job.error || "The brief could not be made.");
        return;
      }
      const p = job.progress || {};
      if (p.total) {
        progress.max = p.total;
        progress.value = p.done;
        setStatus("Translating: " + p.done + " of " + p.total + " sentences");
      } else {
        setStatus(job.status === "queued" ? "Waiting for the model…" : "Reading the text…");
      }
      await sleep(300);
      const response = await poll(job.status_url);
      if (!response.ok) {
        showError(await errorOf(response));
        return;
      }
      job = await response.json();
    }
    const response = await fetch(job.results.json, { headers: headers() });
    if (!response.ok) {
      showError(await errorOf(response));
      return;
    }
    currentJob = job;
    render(await response.json());
    progress.hidden = true;
    setStatus("Done.");
  }

  function sectionTitle(section, number) {
    const t = section.title;
    if (t && t.en && t.en.trim()) return t.en.trim();
    if (t) return t.zh;
    return number === 1 ? "Introduction" : "Section " + number;
  }

  function render(data) {
    $("brief-title").textContent = data.brief_title;
    $("brief-title-zh").textContent = data.title ? data.title.zh : "";
    $("provenance").textContent = data.provenance_line;

    const sentences = new Map();
    data.sections.forEach((section) => section.paragraphs.forEach((para) =>
      para.sentences.forEach((s) => sentences.set(s.index, s))));

    const points = $("key-points");
    clear(points);
    for (const index of data.key_points) {
      const s = sentences.get(index);
      if (!s) continue;
      const li = el("li");
      li.appendChild(el("span", s.en || s.zh, { lang: s.en ? "en" : "zh" }));
      points.appendChild(li);
    }
    const briefView = data.view !== "translation";  // a translation has no brief parts
    $("key-points-section").hidden = !points.children.length || !briefView;

    const figures = document.querySelector("#key-figures tbody");
    clear(figures);
    for (const f of data.key_figures) {
      const tr = el("tr");
      tr.appendChild(el("td", f.figure));
      // What it measures in English, its Chinese phrase as a small second line
      const measures = el("td");
      measures.appendChild(el("span", f.measures, { lang: f.measures_en ? "en" : "zh" }));
      if (f.measures_en && f.measures_zh) {
        measures.appendChild(el("br"));
        measures.appendChild(el("small", f.measures_zh, { lang: "zh" }));
      }
      tr.appendChild(measures);
      tr.appendChild(el("td", f.zh, { lang: "zh" }));
      tr.appendChild(el("td", f.section + 1));
      figures.appendChild(tr);
    }
    $("figures-section").hidden = !figures.children.length || !briefView;

    const sections = $("sections");
    clear(sections);
    data.sections.forEach((section, i) => {
      const shown = [];
      section.paragraphs.forEach((para) => para.sentences.forEach((s) => {
        if (s.en !== null && s.en !== undefined) shown.push(s);
      }));
      if (!shown.length && !section.title) return;
      const block = el("article", null, { class: "section" });
      const h = el("h4", (i + 1) + ". " + sectionTitle(section, i + 1), { lang: "en" });
      if (section.title) h.appendChild(el("span", section.title.zh, { lang: "zh", class: "zh" }));
      block.appendChild(h);
      for (const s of shown) {
        const row = el("div", null, {
          class: "pair" + (s.in_summary ? " summary" : ""), id: "sentence-" + (s.index + 1),
        });
        // The number is drawn by CSS (::before) from data-n: seen, not part of the text
        row.appendChild(el("p", s.zh, { lang: "zh", class: "zh", "data-n": s.index + 1 }));
        const en = el("div", null, { class: "en" });
        en.appendChild(el("p", s.en, { lang: "en" }));
        // The reasons in plain sight: a tooltip never reaches touch or keyboard users
        for (const f of s.flags || []) {
          en.classList.add("flagged");
          en.appendChild(el("p", "Check: " + f.message, { class: "flag-reason" }));
        }
        row.appendChild(en);
        block.appendChild(row);
      }
      sections.appendChild(block);
    });

    $("checks").textContent = data.checks;
    const flags = $("flags");
    clear(flags);
    sentences.forEach((s) => (s.flags || []).forEach((f) => {
      const li = el("li");
      const shown = s.en !== null && s.en !== undefined;
      const label = "Sentence " + (s.index + 1);
      li.appendChild(shown ? el("a", label, { href: "#sentence-" + (s.index + 1) }) : el("span", label));
      li.appendChild(document.createTextNode(": " + f.message));
      flags.appendChild(li);
    }));

    $("result").hidden = false;
    $("brief-title").setAttribute("tabindex", "-1");
    $("brief-title").focus();
  }

  async function download(format) {
    if (!currentJob) return;
    const response = await fetch(currentJob.results[format], { headers: headers() });
    if (!response.ok) {
      showError(await errorOf(response));
      return;
    }
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const a = el("a", null, { href: url, download: "brief." + format });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  document.querySelectorAll("#downloads button").forEach((button) =>
    button.addEventListener("click", () => download(button.dataset.format)));
  form.addEventListener("submit", start);

  fetch("/frontend/settings").then((r) => r.json()).then((settings) => {
    $("key-field").hidden = !settings.keyRequired;
  }).catch(() => { /* the form works without it */ });
})();
