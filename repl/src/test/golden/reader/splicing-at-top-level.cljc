(prn :ok)
#?@(:clj [(prn 1) (prn 2)])
