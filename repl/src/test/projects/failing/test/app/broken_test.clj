(ns app.broken-test)

(deftest oops (is (= 1 (undefined-fn))))
