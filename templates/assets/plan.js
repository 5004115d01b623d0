// The encrypted plan page. Plain ES module, WebCrypto only, no dependencies, no storage.
//
// Expected markup (rendered by the plan page template):
//   <main id="plan">
//     <form id="plan-code-formulier" hidden> … </form>   (optional: created here when missing)
//     <p id="plan-fout" role="alert"></p>                  (optional: created here when missing)
//     <div id="plan-inhoud"></div>
//   </main>
//   <script type="application/json" id="plan-envelope">{"v":1,"id":…,"geldig_tot":…,"data":…}</script>
//
// Why the envelope is inline and not fetched from plan.json: the page then makes no request at all
// after loading (the CSP can say connect-src 'none'), the ciphertext can never be out of step with
// the page, and a JSON data block is not executed, so script-src needs no exception for it.
//
// The token lives only in the URL fragment, which browsers never send to a server. We read it once
// and remove it from the address bar and history entry straight away.
import { openEnvelope } from "./plan-crypto.js";

const GENERIC_ERROR = "Deze code past niet bij dit plan. Controleer de code en probeer het opnieuw.";

const main = document.getElementById("plan");
const content = document.getElementById("plan-inhoud");

// Read and remove the token before anything else can look at the address bar.
let fragmentToken = "";
if (location.hash.length > 1) {
  try {
    fragmentToken = decodeURIComponent(location.hash.slice(1));
  } catch {
    fragmentToken = location.hash.slice(1);
  }
  history.replaceState(null, "", location.pathname + location.search);
}

function readEnvelope() {
  try {
    return JSON.parse(document.getElementById("plan-envelope").textContent);
  } catch {
    return null;
  }
}

/** The code form and alert element, taken from the page or created once. */
function ensureForm() {
  let alertBox = document.getElementById("plan-fout");
  if (!alertBox) {
    alertBox = document.createElement("p");
    alertBox.id = "plan-fout";
    alertBox.setAttribute("role", "alert");
    main.insertBefore(alertBox, content);
  }
  let form = document.getElementById("plan-code-formulier");
  if (!form) {
    form = document.createElement("form");
    form.id = "plan-code-formulier";
    const label = document.createElement("label");
    label.htmlFor = "plan-code";
    label.textContent = "Code uit uw brief";
    const input = document.createElement("input");
    input.id = "plan-code";
    input.name = "code";
    input.type = "text";
    input.autocomplete = "off";
    input.spellcheck = false;
    input.setAttribute("autocapitalize", "characters");
    const button = document.createElement("button");
    button.type = "submit";
    button.textContent = "Plan openen";
    form.append(label, input, button);
    main.insertBefore(form, alertBox);
  }
  return { form, alertBox, input: document.getElementById("plan-code") };
}

function showPlan(html, ui) {
  content.innerHTML = html; // decrypted fragment, rendered and escaped at build time
  if (ui) {
    ui.form.hidden = true;
    ui.alertBox.textContent = "";
    ui.input.value = "";
  }
  const heading = content.querySelector("h1, h2");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  }
}

function showForm(withError) {
  const ui = ensureForm();
  ui.form.hidden = false;
  ui.alertBox.textContent = withError ? GENERIC_ERROR : "";
  ui.form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      showPlan(await openEnvelope(envelope, ui.input.value), ui);
    } catch {
      // Clear first so screen readers announce the message again after a second wrong try.
      ui.alertBox.textContent = "";
      requestAnimationFrame(() => { ui.alertBox.textContent = GENERIC_ERROR; });
      ui.input.focus();
    }
  });
  if (withError) ui.input.focus();
}

const envelope = readEnvelope();
if (fragmentToken) {
  openEnvelope(envelope, fragmentToken).then(
    (html) => {
      const existing = document.getElementById("plan-code-formulier");
      if (existing) existing.hidden = true;
      showPlan(html, null);
    },
    () => showForm(true),
  );
} else {
  showForm(false);
}
fragmentToken = "";

// A link pasted into the address bar of an open plan page changes only the fragment, which does
// not reload the page; start again so the new code is read and removed like on a first visit.
window.addEventListener("hashchange", () => {
  if (location.hash.length > 1) location.reload();
});
