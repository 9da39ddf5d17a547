// The summary at the top of a refused form (fragments/form :: summary) names the field of each error and lists
// them in the order of the form: the server gives its messages without the field (« This field is required. »
// three times) and in the order its checks ran. Without scripts the summary is as the server made it.
(function () {
    var summary = document.getElementById('form-errors');
    var list = summary && summary.querySelector('ul');
    if (!list) {
        return;
    }
    var colon = document.documentElement.lang === 'fr' ? '\u202F: ' : ': ';
    function fieldOf(item) {
        var link = item.querySelector('a[href^="#"]');
        return link ? document.getElementById(link.getAttribute('href').slice(1)) : null;
    }
    var items = Array.prototype.slice.call(list.children);
    items.forEach(function (item) {
        var field = fieldOf(item);
        if (!field) {
            return;
        }
        var label = field.labels && field.labels.length ? field.labels[0]
            : field.closest('fieldset') && field.closest('fieldset').querySelector('legend');
        var name = label ? label.textContent.replace(/\s+/g, ' ').trim() : '';
        if (name) {
            var named = document.createElement('span');
            named.className = 'fw-semibold';
            named.textContent = name + colon;
            var link = item.querySelector('a');
            link.insertBefore(named, link.firstChild);
        }
    });
    // The form's own refusals (no field) first, then the fields from top to bottom.
    items.sort(function (a, b) {
        var x = fieldOf(a);
        var y = fieldOf(b);
        if (!x || !y) {
            return (x ? 1 : 0) - (y ? 1 : 0);
        }
        return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    items.forEach(function (item) {
        list.appendChild(item);
    });
})();
