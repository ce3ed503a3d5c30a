;; Specter under clojure.test.check's defspec, loaded from the test.check jar on the source path.
(ns specter-props
  (:require [clojure.test :refer :all]
            [clojure.test.check.clojure-test :refer [defspec]]
            [clojure.test.check.generators :as gen]
            [clojure.test.check.properties :as prop]
            [com.rpl.specter :as s]))

(defspec select-all-is-identity 40
  (prop/for-all [v (gen/vector gen/small-integer)]
    (= (s/select s/ALL v) v)))

(defspec map-vals-transform 40
  (prop/for-all [m (gen/map gen/keyword gen/small-integer)]
    (= (s/transform s/MAP-VALS inc m) (into {} (for [[k v] m] [k (inc v)])))))

(defspec setval-none-removes 40
  (prop/for-all [v (gen/vector gen/small-integer)]
    (= (s/setval [s/ALL odd?] s/NONE v) (filterv even? v))))

(let [summary (run-tests)]
  (println "summary" (select-keys summary [:test :pass :fail :error])))
