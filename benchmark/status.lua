-- Counts the responses that are not 200 (a redirect to the login page would otherwise pass for a page).
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    failures = 0
end

function response(status, headers, body)
    if status ~= 200 then
        failures = failures + 1
    end
end

function done(summary, latency, requests)
    local total = 0
    for _, thread in ipairs(threads) do
        total = total + thread:get("failures")
    end
    io.write(string.format("NON200 %d\n", total))
    io.write(string.format("P50 %.3f\n", latency:percentile(50) / 1000))
    io.write(string.format("P99 %.3f\n", latency:percentile(99) / 1000))
    io.write(string.format("RPS %.1f\n", summary.requests / (summary.duration / 1000000)))
    io.write(string.format("ERRORS %d\n", summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.status + summary.errors.timeout))
end
