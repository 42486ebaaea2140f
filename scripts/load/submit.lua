-- wrk script: submit prepared draft applications, each once, with a fresh Idempotency-Key.
-- IDS is a file of application ids (one per line); each wrk thread takes every n-th id.
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

function init(args)
  nthreads = tonumber(os.getenv("THREADS") or "2")
  idx = tid
  auth = "Basic " .. os.getenv("AUTH")
  math.randomseed(os.time() + tid * 7919)
end

function request()
  local id = ids[idx]
  if id == nil then id = ids[1] end
  idx = idx + nthreads
  local key = string.format("%08x-%08x-%d-%d", math.random(0, 0x7fffffff), math.random(0, 0x7fffffff), tid, idx)
  return wrk.format("POST", "/api/applications/" .. id .. "/submit",
    { ["Authorization"] = auth, ["Idempotency-Key"] = key, ["Content-Type"] = "application/json" }, "")
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx or socket errors: %d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
