-- wrk script of bench/orders: each request places an order (POST) for one offer, as the next of
-- the buyers in turn (their personal access tokens), under an Idempotency-Key never used before,
-- and the answers are counted by status. Arguments, after wrk's "--": the file the bench profile
-- wrote (lines "token <value>"), how many of its buyers to use, the offer's id, and a label that
-- no other run of the same store used (it begins every key, so no request replays an order).

statuses = {}

local tokens = {}
local body, label
local sent = 0
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   local file = assert(io.open(args[1], "r"))
   local buyers = tonumber(args[2])
   for line in file:lines() do
      local token = line:match("^token (%S+)$")
      if token and #tokens < buyers then
         table.insert(tokens, token)
      end
   end
   file:close()
   assert(#tokens == buyers, "the tokens file holds " .. #tokens .. " buyers, not " .. buyers)
   body = string.format([[{"lines":[{"offerId":"%s","quantity":1}],"destinationCountry":"FR","buyerType":"CONSUMER",]]
      .. [["shippingAddress":{"name":"Bench Buyer","line1":"1 rue de la Paix","postalCode":"75002","city":"Paris","country":"FR"}}]],
      args[3])
   label = args[4]
end

function request()
   sent = sent + 1
   local headers = {
      ["Authorization"] = "Bearer " .. tokens[(sent - 1) % #tokens + 1],
      ["Idempotency-Key"] = label .. "-" .. sent,
      ["Content-Type"] = "application/json",
      ["Accept"] = "application/json",
   }
   return wrk.format("POST", "/api/v1/orders", headers, body)
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
end

-- One line per status ("status 201 1234"), and the percentiles in microseconds.
function done(summary, latency, requests)
   local total = {}
   for _, thread in ipairs(threads) do
      for status, count in pairs(thread:get("statuses")) do
         total[status] = (total[status] or 0) + count
      end
   end
   for status, count in pairs(total) do
      io.write(string.format("status %d %d\n", status, count))
   end
   io.write(string.format("p50-us %d\np99-us %d\n", latency:percentile(50), latency:percentile(99)))
end
