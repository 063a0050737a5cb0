-- wrk script: POST an interaction to campaign bench-001 as its coordinator.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer ct_C00000000001_" .. string.rep("s", 43)
wrk.body = '{"kind":"meeting","occurredOn":"2026-01-15","title":"Rencontre bench","participantIds":[1],"demandIds":[1]}'
