package org.openspacemakers.marketplace.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.OfficialLanguages;

/**
 * GPSR: manufacturer, addresses, product identification, the warnings by language, and one
 * more language with its warnings, added from the page.
 */
class DossierGpsrForm {

    private String manufacturerName;
    private String postalAddress;
    private String email;
    private String productIdentification;
    private Map<String, String> warnings = new LinkedHashMap<>();
    private String newLanguage;
    private String newWarnings;

    void fill(DossierContent.Gpsr gpsr) {
        manufacturerName = gpsr.manufacturerName();
        postalAddress = gpsr.postalAddress();
        email = gpsr.email();
        productIdentification = gpsr.productIdentification();
        warnings.putAll(gpsr.warnings());
    }

    DossierContent.Gpsr toContent() {
        return new DossierContent.Gpsr(manufacturerName, postalAddress, email, productIdentification,
                withNewLanguage());
    }

    /** The usual languages first, then any other already given, each with its text (possibly empty). */
    /** The association's details as the manufacturer's, for each of them the team has not stated yet. */
    void offerManufacturer(String name, String address, String mail) {
        manufacturerName = DossierForm.isBlank(manufacturerName) ? name : manufacturerName;
        postalAddress = DossierForm.isBlank(postalAddress) ? address : postalAddress;
        email = DossierForm.isBlank(email) ? mail : email;
    }

    void showUsualLanguages() {
        Map<String, String> given = withNewLanguage();
        Map<String, String> shown = new LinkedHashMap<>();
        DossierForm.USUAL_LANGUAGES.forEach(language -> shown.put(language, given.getOrDefault(language, "")));
        new TreeSet<>(given.keySet()).forEach(language -> shown.putIfAbsent(language, given.get(language)));
        warnings = shown;
        newLanguage = null;
        newWarnings = null;
    }

    /** Official languages without warnings on the form, for adding one. */
    public List<String> otherLanguages() {
        return OfficialLanguages.ALL.stream().filter(language -> !warnings.containsKey(language)).toList();
    }

    private Map<String, String> withNewLanguage() {
        Map<String, String> all = new LinkedHashMap<>(warnings);
        String added = newLanguage == null ? "" : newLanguage.strip().toLowerCase(Locale.ROOT);
        if (!added.isEmpty() && !DossierForm.isBlank(newWarnings)) {
            all.put(added, newWarnings);
        }
        return all;
    }

    public String getManufacturerName() {
        return manufacturerName;
    }

    public void setManufacturerName(String manufacturerName) {
        this.manufacturerName = manufacturerName;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = postalAddress;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getProductIdentification() {
        return productIdentification;
    }

    public void setProductIdentification(String productIdentification) {
        this.productIdentification = productIdentification;
    }

    public Map<String, String> getWarnings() {
        return warnings;
    }

    public String getNewLanguage() {
        return newLanguage;
    }

    public void setNewLanguage(String newLanguage) {
        this.newLanguage = newLanguage;
    }

    public String getNewWarnings() {
        return newWarnings;
    }

    public void setNewWarnings(String newWarnings) {
        this.newWarnings = newWarnings;
    }
}
