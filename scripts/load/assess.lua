-- wrk script: POST the 100-staff dossier to the stateless assessment.
-- AUTH (the Basic credentials, base64) comes from the environment.
local f = assert(io.open(os.getenv("DOSSIER") or "dossier-100-staff.json", "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic " .. os.getenv("AUTH")

function done(summary, latency, requests)
  io.write(string.format("non-2xx or socket errors: %d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
