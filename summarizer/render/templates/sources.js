// Filters for sources.html: dim the highlights, and hide the articles, that do not match the
// chosen speaker and country. One pass over the highlights per change.
(function () {
  "use strict";
  var speaker = document.getElementById("f-speaker");
  var country = document.getElementById("f-country");
  var count = document.getElementById("f-count");
  function has(element, attribute, value) {
    return !value || (element.getAttribute(attribute) || "").split(" ").indexOf(value) >= 0;
  }
  function matches(element) {
    return has(element, "data-sp", speaker.value) && has(element, "data-c", country.value);
  }
  function apply() {
    var marks = document.querySelectorAll("mark.hl");
    var shown = 0;
    for (var i = 0; i < marks.length; i++) {
      var on = matches(marks[i]);
      marks[i].classList.toggle("off", !on);
      if (on && marks[i].id) { shown++; }
    }
    var articles = document.querySelectorAll("article");
    for (var j = 0; j < articles.length; j++) {
      articles[j].hidden = !matches(articles[j]);
    }
    var filtered = speaker.value || country.value;
    count.textContent = filtered ? shown + " matching spans" : "";
  }
  speaker.addEventListener("change", apply);
  country.addEventListener("change", apply);
})();
