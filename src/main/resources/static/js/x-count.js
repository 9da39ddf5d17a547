// The length of an X post as X counts it, shown under the text while it is typed (the server checks it again,
// XText): every link (with or without https://) counts 23, an emoji (even of several code points), ideographs,
// kana and hangul 2, other characters 1; at most 280.
(function () {
    var text = document.getElementById('text');
    var output = document.getElementById('x-count');
    var channel = document.getElementById('channel');
    if (!text || !output || !channel) {
        return;
    }
    var limit = parseInt(output.getAttribute('data-limit'), 10);
    function weight(codePoint) {
        return codePoint <= 0x10FF || (codePoint >= 0x2000 && codePoint <= 0x200D)
            || (codePoint >= 0x2010 && codePoint <= 0x201F) || (codePoint >= 0x2032 && codePoint <= 0x2037) ? 1 : 2;
    }
    var segmenter = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter(undefined, {granularity: 'grapheme'}) : null;
    function characters(text) {
        return segmenter ? Array.from(segmenter.segment(text), function (s) { return s.segment; }) : Array.from(text);
    }
    function length(value) {
        var total = 0;
        var rest = value.normalize('NFC').replace(/(?:https?:\/\/|www\.)\S+?(?=[.,!?;:)\]'"»]*(?:\s|$))/gi, function () {
            total += 23;
            return '';
        });
        characters(rest).forEach(function (character) {
            var points = Array.from(character).map(function (c) { return weight(c.codePointAt(0)); });
            var heaviest = Math.max.apply(null, points);
            total += points.length > 1 && heaviest === 2 ? 2 : points.reduce(function (a, b) { return a + b; }, 0);
        });
        return total;
    }
    function show() {
        var shown = channel.value === 'X';
        output.hidden = !shown;
        if (shown) {
            var used = length(text.value);
            output.textContent = output.getAttribute('data-template').replace('{0}', used).replace('{1}', limit);
            output.classList.toggle('text-danger', used > limit);
        }
    }
    text.addEventListener('input', show);
    channel.addEventListener('change', show);
    show();
}());
