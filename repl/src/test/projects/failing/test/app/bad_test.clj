(ns app.bad-test
  (:require [clojure.test :refer :all]))

(deftest wrong
  (testing "arithmetic"
    (is (= 5 (+ 2 2)))))

(deftest errors
  (is (= 1 (throw (ex-info "boom" {:a 1})))))
