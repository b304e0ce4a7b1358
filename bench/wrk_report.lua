-- wrk script of `make bench`: prints the run's summary as one JSON line after wrk's own report.
-- Latencies are in microseconds, as wrk measures them.
done = function(summary, latency, requests)
   local errors = summary.errors
   io.write(string.format(
      '\nBENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, ' ..
      '"latency_median_us": %d, "latency_p99_us": %d, "latency_mean_us": %.1f, ' ..
      '"errors_connect": %d, "errors_read": %d, "errors_write": %d, ' ..
      '"errors_status": %d, "errors_timeout": %d}\n',
      summary.requests, summary.duration, summary.bytes,
      latency:percentile(50), latency:percentile(99), latency.mean,
      errors.connect, errors.read, errors.write, errors.status, errors.timeout))
end
