// Polls the story's status while it is analysed (the stage, and the articles within parsing and alignment);
// reloads the page when the report is ready.
(function () {
  const root = document.getElementById("np-progress");
  if (!root) return;
  const bar = root.querySelector("progress"), message = root.querySelector(".np-message");
  const state = root.querySelector(".np-status"), started = Date.now(), elapsed = root.querySelector(".np-elapsed");
  async function poll() {
    try {
      const answer = await fetch(root.dataset.statusUrl, {cache: "no-store"});
      if (answer.status === 404) { message.textContent = "This story was deleted."; return; }
      const story = await answer.json();
      bar.value = story.progress; state.textContent = story.status; state.className = "status np-status " + story.status;
      message.textContent = story.message;
      elapsed.textContent = Math.round((Date.now() - started) / 1000) + " s";
      if (story.status === "ready") { location.reload(); return; }
      if (story.status === "failed" || story.status === "empty") return;
    } catch (error) { message.textContent = "Lost contact with the server; retrying…"; }
    setTimeout(poll, 1000);
  }
  poll();
})();
