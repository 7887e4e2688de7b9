# -*- coding: utf-8 -*-
"""Canonical (clean) texts of the blind15 articles: the 1929 trans-Pacific flight of the monoplane Albatross.
Every person, organisation, newspaper, wire service and aircraft is invented; the places are real."""

BG_CP = ("The Albatross, a high-wing monoplane with three air-cooled motors, was built at Burbank this spring for "
         "the flight. It carries 1,260 gallons of gasoline, a radio set with a range of 1,500 miles, and emergency "
         "rations for ten days. The route calls for stops at Honolulu and at Suva, in the Fiji Islands, a total "
         "distance of about 7,400 miles.")
BG_EPC = ("Mr. Tremayne, who is a native of Toowoomba, Queensland, served as a navigator with the Royal Australian "
          "Navy during the war. The flight is financed by a committee of Sydney business men headed by Mr. Arthur "
          "Pellow.")

ART = {
    "cp-hopoff": dict(date="1929-06-03", paras=[
        "OAKLAND, Cal., June 3.\u2014Captain Harold Wrexley and Ewen Tremayne, his Australian navigator, took off "
        "from the Oakland municipal airport at 5:42 o'clock this morning in the monoplane Albatross on the first leg "
        "of their attempted flight across the Pacific to Brisbane, Australia. The heavily loaded ship used nearly "
        "the full length of the runway before it lifted clear of the ground.",
        "A crowd estimated by the police at 4,000 persons, many of whom had waited through the night in automobiles "
        "parked along the field, cheered as the plane circled once over the bay and headed out through the Golden "
        "Gate.",
        BG_CP,
        "Walter J. Bixby, radio operator, remained behind at the last moment when it was found that the ship was 300 "
        "pounds over its planned weight. \"We will miss Walt, but we could not carry him and the gasoline too,\" "
        "Wrexley said as he climbed into the cockpit.",
        "The fliers expect to reach Wheeler Field, Honolulu, about 24 hours after the start. The steamer Malolo, "
        "westbound, reported by wireless at 9 o'clock that the plane had passed overhead some 300 miles at sea and "
        "was flying well."]),
    "cp-honolulu": dict(date="1929-06-04", paras=[
        "HONOLULU, June 4.\u2014The monoplane Albatross, carrying Captain Harold Wrexley and Ewen Tremayne from "
        "Oakland, landed at Wheeler Field at 6:10 o'clock this morning, Honolulu time, after a flight of 26 hours "
        "and 28 minutes. Both men appeared tired but cheerful as they climbed down into a crowd of soldiers and "
        "civilians.",
        "\"The motors never missed a beat,\" Wrexley told the army officers who met the plane. \"We had head winds "
        "and rain squalls most of the night, and for three hours Tremayne had to navigate by dead reckoning alone.\"",
        BG_CP,
        "The fliers will rest for at least two days while mechanics go over the motors. The next leg, to Suva, is "
        "3,150 miles, the longest ocean flight yet attempted by a land plane."]),
    "sec-own": dict(date="1929-06-03", paras=[
        "OAKLAND, June 3.\u2014There was no cheering for the first ten seconds. The Albatross went down the runway "
        "with her tail high and her wheels throwing up a thin spray from the wet concrete, and four thousand people "
        "held their breath until she was over the fence.",
        "Then the noise began. Automobile horns along the Bay Farm Island road took it up, and a man next to this "
        "correspondent, who said he had driven all night from Modesto, threw his hat into the air and never went to "
        "look for it.",
        "Captain Wrexley had spent the last hour before the start walking around his ship with a flashlight. "
        "Tremayne, the navigator, sat on an oil drum with his charts in a leather case on his knees and talked to "
        "nobody.",
        "Among the crowd were a dozen Stockton people, including Mr. and Mrs. Roy Kessling of North El Dorado "
        "street, whose son Carl worked on the plane's motors at Burbank."]),
    "sec-paving": dict(date="1929-06-03", paras=[
        "The city council last night voted, 6 to 1, to place a $340,000 street paving bond issue before the voters "
        "at a special election on July 16. The money would pave Weber avenue east of Wilson way and fourteen blocks "
        "of residential streets in the north end.",
        "Councilman Frank Ordway cast the only dissenting vote. He said that the city should finish the Miner "
        "avenue storm drain before taking on new work, and that property owners in the north end had not been "
        "consulted.",
        "City Engineer L. B. Tuttle told the council that the paving could be begun by October if the bonds "
        "carry, and that a contract for the Weber avenue section would be advertised"]),
    "sec-own2": dict(date="1929-06-04", paras=[
        "Carl Kessling, 24, son of Mr. and Mrs. Roy Kessling of 1127 North El Dorado street, was one of three "
        "mechanics who spent the past six weeks fitting the motors of the monoplane Albatross at the Burbank plant "
        "where the ship was built.",
        "Young Kessling, a graduate of Stockton High school with the class of 1923, went to work for the builders "
        "two years ago. He telegraphed his parents this morning: \"Told you they would get there. Next stop Suva.\"",
        "His mother said that the family had stayed up until two o'clock listening for news on the radio, and that "
        "a neighbor had brought over a cake when the landing was announced."]),
    "sec-camp": dict(date="1929-06-04", paras=[
        "Two inspectors of the state commission of immigration and housing spent yesterday visiting labor camps on "
        "the islands west of the city, where several hundred men are employed in the asparagus harvest.",
        "They reported that most of the camps were in fair condition but that three had been ordered to provide "
        "screened kitchens and a supply of pure water within ten days. The names of the owners were not made "
        "public."]),
    "reh-own": dict(date="1929-06-03", paras=[
        "Lieutenant Dale Morrow of the air mail service, who flew with Captain Harold Wrexley in France and who has "
        "known him for eleven years, said this morning at Blanch field that he had no doubt the Albatross would "
        "reach Australia.",
        "\"Harry is the most careful pilot I ever knew,\" Morrow said. \"He will not take a chance he has not "
        "figured out on paper first. If the weather holds at Suva he will make it.\"",
        "Morrow said that Wrexley passed through Reno last October on his way east to raise money for the flight "
        "and spent an evening at the Morrow home on Ralston street."]),
    "reh-fair": dict(date="1929-06-03", paras=[
        "The Nevada state fair board, meeting at the Riverside hotel yesterday afternoon, named George E. Pruett of "
        "Fallon as manager of this year's fair, which will open in Reno on September 2.",
        "Pruett, who has managed the Churchill county fair for the past four years, succeeds W. A. Hensley, who "
        "resigned in April. The board also voted to build a new livestock pavilion at a cost not to exceed "
        "$18,000."]),
    "reh-mine": dict(date="1929-06-04", paras=[
        "TONOPAH, June 4.\u2014The lease on the Silver Crown property, on the west slope of Mizpah hill, has been "
        "sold by Ira Castlebury and associates to a company of Salt Lake City men for a sum said to be $65,000.",
        "The new owners will unwater the 600-foot shaft at once and resume work on the vein cut last winter. About "
        "forty men will be employed."]),
    "epc-honolulu": dict(date="1929-06-05", paras=[
        "HONOLULU, June 4.\u2014The monoplane Albatross, in which Captain H. Wrexley and Mr. Ewen Tremayne, the "
        "Australian navigator, are attempting to fly from California to Brisbane, landed at Wheeler Field at "
        "6.10 a.m. to-day after a flight of 26\u00bd hours from Oakland.",
        "The airmen reported that they encountered head winds and heavy rain during the night, and that for some "
        "hours navigation was by dead reckoning. Both are well.",
        BG_EPC,
        "It is expected that the Albatross will leave for Suva, Fiji, a distance of 3150 miles, on Thursday."]),
    "epc-fuel": dict(date="1929-06-06", paras=[
        "HONOLULU, June 5.\u2014The departure of the Albatross for Suva has been postponed for twenty-four hours. "
        "Captain Wrexley has decided to fly the machine to Barking Sands, on the island of Kauai, where the beach "
        "offers a longer run for the take-off with a full load of petrol.",
        "A cracked oil pipe was found in the port engine during the overhaul, and has been replaced.",
        BG_EPC]),
    "epc-suva": dict(date="1929-06-08", paras=[
        "SUVA, June 7.\u2014The Albatross, piloted by Captain H. Wrexley, with Mr. E. Tremayne as navigator, landed "
        "on Albert Park, Suva, at 3.45 p.m. to-day, having flown the 3150 miles from Kauai, Hawaii, in 34 hours 20 "
        "minutes.",
        "The machine was brought to rest within a few yards of the boundary of the park, and the airmen were "
        "received by the Acting Governor and a large crowd of Europeans and Fijians.",
        BG_EPC,
        "The last stage, to Brisbane, is 1800 miles. Captain Wrexley said that he would start as soon as the "
        "machine could be flown to Naselai Beach, where a longer run is available."]),
    "epc-brisbane": dict(date="1929-06-10", paras=[
        "BRISBANE, June 9.\u2014The Albatross landed at Eagle Farm aerodrome at 10.13 a.m. to-day, completing the "
        "first flight across the Pacific Ocean from America to Australia. The total flying time from Oakland was "
        "83 hours 11 minutes.",
        "A crowd estimated at 25,000 broke through the barriers as the machine taxied to a standstill, and the "
        "police had great difficulty in clearing a way for the airmen to the official dais.",
        "Captain Wrexley said: \"We have had a great deal of luck and a great deal of good help. The last four "
        "hours from the coast were the worst of the trip, in cloud nearly all the way.\"",
        "The airmen will fly to Sydney on Tuesday."]),
    "bem-own": dict(date="1929-06-10", paras=[
        "Long before daylight yesterday the roads to Eagle Farm were choked with motor cars, lorries and sulkies, "
        "and by nine o'clock the crowd on the aerodrome stretched from the hangars to the railway fence.",
        "When a small grey speck was seen over Sandgate a little after ten the noise could be heard in Hamilton. "
        "The Albatross came in low over the river, circled twice, and landed into the wind.",
        "Mr. Tremayne's mother, Mrs. Agnes Tremayne, who had travelled from Toowoomba by the night train, was the "
        "first to reach the machine. \"I knew he'd do it,\" she said. \"He always found his way home.\"",
        "The Lord Mayor has arranged a civic reception for the airmen at the City Hall to-night."]),
    "epc-tremayne": dict(date="1929-06-10", paras=[
        "BRISBANE, June 9.\u2014Mr. Ewen Tremayne, the navigator of the Albatross, is 33 years of age and was born "
        "at Toowoomba, where his father was for many years a saddler in Ruthven street.",
        "He joined the Royal Australian Navy at 17, served in H.M.A.S. Sydney during the war, and afterwards "
        "navigated coastal steamers between Sydney and Cairns. He went to America in 1927 to study air navigation, "
        "and met Captain Wrexley at San Diego.",
        "He is unmarried. His friends say that he has never been known to lose either his temper or his pencil."]),
    "epc-sydney": dict(date="1929-06-12", paras=[
        "SYDNEY, June 11.\u2014Captain H. Wrexley and Mr. E. Tremayne arrived at Mascot aerodrome from Brisbane "
        "this afternoon, and were given a tumultuous welcome by a crowd of more than 40,000 people.",
        "At a luncheon given by the Pacific Flight Committee, Mr. Arthur Pellow announced that a fund opened in "
        "Sydney on Monday to reimburse the airmen for their expenses had already reached \u00a36200.",
        "Captain Wrexley said that he hoped the flight would hasten the day when a regular air service would link "
        "Australia with America. \"It will not be in my time as a pilot,\" he added, \"but it will come.\""]),
}
