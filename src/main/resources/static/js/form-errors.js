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
    var form = summary.closest('form');
    // The field an error is about: by the link's address, else (a field of the form with an id of its own, such as
    // « application-title ») by its name in the summary's form — and the link then leads to it.
    function fieldOf(item) {
        var link = item.querySelector('a[href^="#"]');
        if (!link) {
            return null;
        }
        var field = document.getElementById(link.getAttribute('href').slice(1));
        if ((!field || (form && !form.contains(field))) && form && link.getAttribute('data-field')) {
            field = form.querySelector('[name="' + CSS.escape(link.getAttribute('data-field')) + '"]');
            if (field && field.id) {
                link.setAttribute('href', '#' + field.id);
            }
        }
        return field;
    }
    function text(element) {
        return element ? element.textContent.replace(/\s+/g, ' ').trim() : '';
    }
    var items = Array.prototype.slice.call(list.children);
    items.forEach(function (item) {
        var field = fieldOf(item);
        if (!field) {
            return;
        }
        var group = field.closest('fieldset');
        var legend = group && group.querySelector('legend');
        var label = field.labels && field.labels.length ? field.labels[0] : null;
        var name = label ? text(label) : text(legend);
        // A label the form gives several fields (« Titre » in French, in Dutch, in English): with its group's.
        var same = label && form ? Array.prototype.filter.call(form.querySelectorAll('label'), function (other) {
            return text(other) === name;
        }).length : 0;
        if (same > 1 && legend) {
            name = text(legend) + ' \u2013 ' + name;
        }
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

// A form with fields it must have says, at its top, what their asterisk means (the text is the page's: its body's
// data-required-note, in the reader's language).
(function () {
    var note = document.body.getAttribute('data-required-note');
    if (!note) {
        return;
    }
    document.querySelectorAll('main form').forEach(function (form) {
        if (!form.querySelector('.form-label.required')) {
            return;
        }
        var said = document.createElement('p');
        said.className = 'required-note small text-body-secondary mb-0' + (form.classList.contains('row') ? ' col-12' : '');
        said.textContent = note;
        var summary = form.querySelector('#form-errors');
        var before = summary && summary.parentNode === form ? summary.nextElementSibling : form.firstElementChild;
        form.insertBefore(said, before);
    });
})();
