(ns app.core-test
  (:require [clojure.test :refer [deftest is are testing use-fixtures]]
            [app.core :as core]))

(def log (atom []))

(use-fixtures :each (fn [f] (swap! log conj :before) (f) (swap! log conj :after)))

(deftest adds
  (is (= 3 (core/add 1 2)))
  (are [a b sum] (= sum (core/add a b))
    1 1 2
    2 3 5))

(deftest fixtures-wrap-each-test
  (is (= :before (peek @log))))
