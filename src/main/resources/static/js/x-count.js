// The length of an X post as X counts it, shown under the text while it is typed (the server checks it again,
// XText): every link counts 23, ideographs, kana, hangul and emoji 2, other characters 1; at most 280.
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
    function length(value) {
        var total = 0;
        var rest = value.normalize('NFC').replace(/https?:\/\/\S+/gi, function () {
            total += 23;
            return '';
        });
        for (var character of rest) {
            total += weight(character.codePointAt(0));
        }
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
